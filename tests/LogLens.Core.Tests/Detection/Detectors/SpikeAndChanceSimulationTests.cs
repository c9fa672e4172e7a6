using LogLens.Core.Configuration;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Model;
using Xunit.Abstractions;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>
/// docs/methods.md, P5 for LL105 (spikes of +8σ on the still-decaying curve of <see cref="DynamicsRunSets"/>) and LL107
/// (an eval accuracy logged 100 times, at chance 0.5 or learning, with binomial-sized noise SD 0.015).
/// </summary>
public sealed class SpikeAndChanceSimulationTests(ITestOutputHelper output)
{
    private const int Replicates = 200;
    private const double Spike = 8 * DynamicsRunSets.Sd;

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void A_spike_free_loss_is_not_called_spiky(double phi) =>
        AtMostFalsePositive("LL105 no spikes", phi, 200_000, r => DynamicsRunSets.Flags(LossSpikesDetector.Default, DynamicsRunSets.TrainRun(DynamicsRunSets.StillDecaying(r, phi))));

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void A_spike_free_converged_loss_is_not_called_spiky(double phi) =>
        AtMostFalsePositive("LL105 converged, no spikes", phi, 201_000, r => DynamicsRunSets.Flags(LossSpikesDetector.Default, DynamicsRunSets.TrainRun(DynamicsRunSets.Converged(r, phi))));

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void Four_recovered_spikes_in_1000_steps_are_found(double phi) =>
        AtLeastPower("LL105 4 spikes", phi, 202_000, 0.95, r =>
            DynamicsRunSets.Flags(LossSpikesDetector.Default, DynamicsRunSets.TrainRun(DynamicsRunSets.WithSpikes(r, DynamicsRunSets.StillDecaying(r, phi), 4, Spike))));

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void One_spike_that_never_recovers_is_found(double phi) =>
        AtLeastPower("LL105 jump", phi, 203_000, 0.95, r =>
            DynamicsRunSets.Flags(LossSpikesDetector.Default, DynamicsRunSets.TrainRun(DynamicsRunSets.WithJump(r, DynamicsRunSets.StillDecaying(r, phi), Spike))));

    [Fact]
    public void A_single_recovered_spike_is_not_flagged()
    {
        double rate = EvalRunSets.Rate(Replicates, 204_000, r =>
            DynamicsRunSets.Flags(LossSpikesDetector.Default, DynamicsRunSets.TrainRun(DynamicsRunSets.WithSpikes(r, DynamicsRunSets.StillDecaying(r, 0.5), 1, Spike))));
        output.WriteLine($"LL105 one recovered spike: {rate:0.###}");
        Assert.True(rate <= EvalRunSets.FalsePositiveBound(Replicates), $"rate {rate}");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(2)]
    public void An_accuracy_constant_at_chance_is_called_not_learning(int? classes) =>
        AtLeastPower($"LL107 at chance, K = {classes}", 0, 205_000, 0.9, r => NotLearning(Accuracy(r, t => 0.5), classes));

    [Theory]
    [InlineData(null)]
    [InlineData(2)]
    public void A_learning_accuracy_is_not_called_not_learning(int? classes) =>
        AtMostFalsePositive($"LL107 learning, K = {classes}", 0, 206_000, r => NotLearning(Accuracy(r, t => 0.5 + (0.35 * (1 - Math.Exp(-t / 20.0)))), classes));

    [Fact]
    public void A_ten_class_model_that_climbed_to_half_is_not_called_at_binary_chance() =>
        AtMostFalsePositive("LL107 10-class climbing to 0.5, K unknown", 0, 207_000, r => NotLearning(Accuracy(r, t => 0.5 - (0.4 * Math.Exp(-t / 10.0))), null));

    private static double[] Accuracy(Random random, Func<double, double> level) =>
        [.. Enumerable.Range(0, 100).Select(i => level(i) + (0.015 * EvalRunSets.Normal(random)))];

    private static bool NotLearning(double[] accuracy, int? classes)
    {
        Run run = EvalRunSets.Run("run", EvalRunSets.Series("eval/accuracy", accuracy, 10, 10));
        var config = LogLensConfig.Default with { Thresholds = new Thresholds { NumClasses = classes } };
        return EvalRunSets.Detect(NotLearningDetector.Default, EvalRunSets.Set([run], config)).Any(f => (string)f.Evidence["rule"]! == "accuracy_at_chance");
    }

    private void AtMostFalsePositive(string scenario, double phi, int seed, Func<Random, bool> flagged)
    {
        double rate = EvalRunSets.Rate(Replicates, seed + (int)(phi * 10), flagged);
        output.WriteLine($"{scenario}, phi = {phi}: {rate:0.###}");
        Assert.True(rate <= EvalRunSets.FalsePositiveBound(Replicates), $"false-positive rate {rate}");
    }

    private void AtLeastPower(string scenario, double phi, int seed, double target, Func<Random, bool> flagged)
    {
        double rate = EvalRunSets.Rate(Replicates, seed + (int)(phi * 10), flagged);
        output.WriteLine($"{scenario}, phi = {phi}: {rate:0.###}");
        Assert.True(rate >= EvalRunSets.PowerBound(Replicates, target), $"power {rate}");
    }
}
