using LogLens.Core.Configuration;
using LogLens.Core.Detection;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Detection;

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
    public void A_loss_that_gives_back_most_of_its_drop_is_diverged_even_below_its_start()
    {
        double[] loss = [.. Enumerable.Range(0, 100).Select(t => t < 50 ? 2.0 * Math.Pow(0.9, t) + 0.01 : 1.2)];
        Finding finding = Assert.Single(EvalRunSets.Detect(DivergedDetector.Default, DynamicsRunSets.TrainRun(loss)));
        Assert.False((bool)finding.Evidence["above_start"]!);
        Assert.InRange((double)finding.Evidence["gave_back"]!, 0.5, 1.0);
    }

    [Fact]
    public void A_loss_that_gives_back_a_third_of_its_drop_is_not_diverged()
    {
        double[] loss = [.. Enumerable.Range(0, 100).Select(t => t < 50 ? 2.0 * Math.Pow(0.9, t) + 0.01 : 0.5)];
        Assert.Empty(EvalRunSets.Detect(DivergedDetector.Default, DynamicsRunSets.TrainRun(loss)));
    }

    [Fact]
    public void A_short_loss_that_climbs_thirty_fold_is_diverged()
    {
        // The shape of a real QLoRA log: ten train logs climbing from 0.997 to 29.6.
        double[] loss = [0.9974, 4.3459, 8.8061, 13.5352, 15.6576, 15.0001, 18.7846, 20.8277, 25.5949, 29.559];
        Finding finding = Assert.Single(EvalRunSets.Detect(DivergedDetector.Default, DynamicsRunSets.TrainRun(loss)));
        Assert.True((bool)finding.Evidence["above_start"]!);
        Assert.Contains("from 0.997 at step 0 to 29.6 at step 9", finding.Message, StringComparison.Ordinal);
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

    [Fact]
    public void An_eval_loss_that_rises_while_the_train_loss_falls_is_not_diverged()
    {
        double[] train = [.. Enumerable.Range(0, 100).Select(t => 2.0 * Math.Exp(-t / 30.0) + 0.1)];
        double[] eval = [.. Enumerable.Range(0, 10).Select(t => 0.3 + (0.1 * t))];
        Run run = EvalRunSets.Run("run", EvalRunSets.Series("train/loss", train), EvalRunSets.Series("eval/loss", eval, 10));
        Assert.Empty(EvalRunSets.Detect(DivergedDetector.Default, run));
    }

    [Fact]
    public void A_loss_ten_times_a_tiny_minimum_is_not_diverged()
    {
        double[] loss = [.. Enumerable.Range(0, 100).Select(t => t < 80 ? 2.0 * Math.Pow(0.85, t) + 1e-4 : 2e-3)];
        Assert.Empty(EvalRunSets.Detect(DivergedDetector.Default, DynamicsRunSets.TrainRun(loss)));
    }

    [Fact]
    public void An_eval_loss_at_ln_K_with_K_configured_is_called_not_learning()
    {
        double[] loss = [.. Enumerable.Range(0, 50).Select(i => Math.Log(10) + (0.01 * Math.Sin(i * 1.7)))];
        Run run = EvalRunSets.Run("run", EvalRunSets.Series("eval/loss", loss, 10, 10));
        var config = LogLensConfig.Default with { Thresholds = new Thresholds { NumClasses = 10 } };
        Finding finding = Assert.Single(EvalRunSets.Detect(NotLearningDetector.Default, EvalRunSets.Set([run], config)));
        Assert.Equal("loss_at_ln_k", finding.Evidence["rule"]);
    }

    [Fact]
    public void A_loss_that_sits_at_ln_10_from_start_to_end_is_at_chance_without_configuration()
    {
        double[] loss = [.. Enumerable.Range(0, 200).Select(i => Math.Log(10) + (0.005 * Math.Sin(i * 1.7)))];
        Finding finding = Assert.Single(EvalRunSets.Detect(NotLearningDetector.Default, DynamicsRunSets.TrainRun(loss)));
        Assert.Equal((10, false), ((int)finding.Evidence["classes"]!, (bool)finding.Evidence["classes_configured"]!));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void A_noisy_loss_that_wanders_around_2_30_is_not_read_as_ten_class_chance(int seed)
    {
        // A language-model fine-tune whose batch losses scatter by 0.1 around 2.30: K is not configured, so the 1% band
        // around ln 10 is not widened by that noise.
        var rng = new Random(seed);
        double[] loss = [.. Enumerable.Range(0, 400).Select(_ => 2.30 + (0.1 * EvalRunSets.Normal(rng)))];
        Assert.Empty(EvalRunSets.Detect(NotLearningDetector.Default, DynamicsRunSets.TrainRun(loss)));
    }

    [Theory]
    [InlineData(0.194, 0.0934)]
    [InlineData(3.0, 2.3026)]
    [InlineData(0.9, 0.6931)]
    public void A_falling_loss_is_never_not_learning(double from, double to)
    {
        // A loss that falls is learning, however it ends: even at a level that happens to equal ln K.
        double[] loss = [.. Enumerable.Range(0, 200).Select(i => to + ((from - to) * Math.Exp(-i / 40.0)) + (0.001 * Math.Sin(i * 1.7)))];
        Assert.Empty(EvalRunSets.Detect(NotLearningDetector.Default, DynamicsRunSets.TrainRun(loss)));
    }

    [Fact]
    public void Plateau_prefers_the_train_loss_over_the_eval_loss()
    {
        var random = new Random(300_300);
        double[] train = DynamicsRunSets.Converged(random, 0.5);
        Run run = EvalRunSets.Run("run", EvalRunSets.Series("train/loss", train), EvalRunSets.Series("eval/loss", [.. train.Where((_, i) => i % 10 == 0)], 10));
        Assert.Equal(["train/loss"], EvalRunSets.Detect(PlateauDetector.Default, run).Select(f => f.Subject.Metric));
    }

    [Fact]
    public void Still_improving_prefers_the_eval_loss_over_the_train_loss()
    {
        var random = new Random(300_400);
        double[] train = DynamicsRunSets.StillDecaying(random, 0.5);
        double[] eval = [.. Enumerable.Range(0, 100).Select(i => 1.0 - (0.005 * i) + (0.01 * EvalRunSets.Normal(random)))];
        Run run = EvalRunSets.Run("run", EvalRunSets.Series("train/loss", train), EvalRunSets.Series("eval/loss", eval, 10));
        Assert.Equal(["eval/loss"], EvalRunSets.Detect(StillImprovingDetector.Default, run).Select(f => f.Subject.Metric));
    }

    [Fact]
    public void Spike_evidence_lists_the_injected_steps()
    {
        double[] loss = [.. Enumerable.Repeat(1.0, 1000).Select((v, i) => v + (0.02 * Math.Sin(i * 1.7)) + (i is 200 or 500 or 800 ? 0.3 : 0))];
        Finding finding = Assert.Single(EvalRunSets.Detect(LossSpikesDetector.Default, DynamicsRunSets.TrainRun(loss)));
        Assert.Equal([200.0, 500.0, 800.0], (double[])finding.Evidence["first_spike_steps"]!);
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
        IDetector detector = DefaultDetectors.All.Single(d => d.Codes.Contains(code));
        Finding finding = Assert.Single(EvalRunSets.Detect(detector, DynamicsRunSets.TrainRun(loss)));
        var plot = Assert.Single(finding.Plots);
        Assert.Equal(($"{code}: ", "step", "train/loss (lower is better)", true, true), (plot.Title[..7], plot.XLabel, plot.YLabel, plot.Shade is not null, plot.Note is not null));
    }
}
