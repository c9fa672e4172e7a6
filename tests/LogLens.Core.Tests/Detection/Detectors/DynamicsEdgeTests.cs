using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>Edge cases of LL102 and LL104–LL107: short, non-finite, constant and empty series, and guards.</summary>
public sealed class DynamicsEdgeTests
{
    private static readonly IDetector[] Detectors =
        [DivergedDetector.Default, PlateauDetector.Default, LossSpikesDetector.Default, StillImprovingDetector.Default, NotLearningDetector.Default];

    public static TheoryData<int> DetectorIndexes => [0, 1, 2, 3, 4];

    [Theory]
    [MemberData(nameof(DetectorIndexes))]
    public void A_short_series_gives_no_finding(int detector)
    {
        double[] loss = [3, 2.9, 2.5, 4, 2.2, 9, 2.0, 1.9, 1.8, 0.5];
        Assert.Empty(EvalRunSets.Detect(Detectors[detector], DynamicsRunSets.TrainRun(loss)));
    }

    [Theory]
    [MemberData(nameof(DetectorIndexes))]
    public void A_constant_loss_gives_no_finding(int detector) =>
        Assert.Empty(EvalRunSets.Detect(Detectors[detector], DynamicsRunSets.TrainRun([.. Enumerable.Repeat(1.0, 300)])));

    [Theory]
    [MemberData(nameof(DetectorIndexes))]
    public void Empty_and_all_NaN_series_give_no_finding(int detector)
    {
        Run run = EvalRunSets.Run("run", EvalRunSets.Series("train/loss", []), EvalRunSets.Series("eval/loss", [.. Enumerable.Repeat(double.NaN, 50)]));
        Assert.Empty(EvalRunSets.Detect(Detectors[detector], run));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Injected_NaN_and_infinity_do_not_create_a_finding(int detector)
    {
        var random = new Random(300_000 + detector);
        double[] loss = DynamicsRunSets.StillDecaying(random, 0.5);
        for (int i = 0; i < 50; i++)
        {
            loss[random.Next(loss.Length)] = i % 2 == 0 ? double.NaN : double.PositiveInfinity;
        }

        Assert.Empty(EvalRunSets.Detect(Detectors[detector], DynamicsRunSets.TrainRun(loss)));
    }

    [Fact]
    public void Adversarial_and_negative_losses_are_never_diverged()
    {
        // WGAN critic/generator losses: negative by design, settling at 0 ("ends above its start").
        double[] critic = [.. Enumerable.Range(0, 300).Select(t => -0.4 * Math.Exp(-t / 60.0) + (0.01 * Math.Sin(t)))];
        double[] generator = [.. Enumerable.Range(0, 300).Select(t => 1.4 + (3.7 * t / 300.0))];
        Run run = EvalRunSets.Run("gan", EvalRunSets.Series("train_disc_loss", critic), EvalRunSets.Series("train_gen_loss", generator));
        Assert.Empty(EvalRunSets.Detect(DivergedDetector.Default, run));
        Assert.Empty(EvalRunSets.Detect(NotLearningDetector.Default, run));
    }

    [Theory]
    [InlineData("LL102")]
    [InlineData("LL104")]
    [InlineData("LL105")]
    [InlineData("LL106")]
    public void Loss_plots_say_what_is_wrong_on_a_step_axis_with_the_direction(string code)
    {
        var random = new Random(300_500);
        double[] loss = code switch
        {
            "LL102" => DynamicsRunSets.Diverging(random, 0.5),
            "LL104" => DynamicsRunSets.Converged(random, 0.5),
            "LL105" => DynamicsRunSets.WithJump(random, DynamicsRunSets.StillDecaying(random, 0.5), 0.16),
            _ => DynamicsRunSets.StillDecaying(random, 0.5),
        };
        IDetector detector = DefaultDetectors.All.Single(d => d.Descriptors.Contains(FindingCatalog.Get(code)));
        Finding finding = Assert.Single(EvalRunSets.Detect(detector, DynamicsRunSets.TrainRun(loss)));
        var plot = Assert.Single(finding.Plots);
        Assert.Equal(($"{code}: ", "step", "train/loss (lower is better)", true, true), (plot.Title[..7], plot.XLabel, plot.YLabel, plot.Shade is not null, plot.Note is not null));
    }
}
