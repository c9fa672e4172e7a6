using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Detection.Detectors;

public sealed class DivergedDetectorTests
{
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
}
