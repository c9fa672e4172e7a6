using LogLens.Core.Configuration;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Detection.Detectors;

public sealed class NotLearningDetectorTests
{
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
}
