using LogLens.Core.Detection.Detectors;
using Xunit.Abstractions;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>
/// docs/methods.md, P5 for LL102, LL104 and LL106 (see <see cref="DynamicsRunSets"/> for the curves): R = 200 replicates
/// per scenario from fixed master seeds; false-positive rates against α + 2.6·SE, power against target − 2.6·SE.
/// </summary>
public sealed class TrainingCurveSimulationTests(ITestOutputHelper output)
{
    private const int Replicates = 200;

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void A_loss_that_keeps_decaying_is_not_called_diverged(double phi) =>
        AtMostFalsePositive("LL102 still decaying", phi, 100_000, r => DynamicsRunSets.Flags(DivergedDetector.Default, DynamicsRunSets.TrainRun(DynamicsRunSets.StillDecaying(r, phi))));

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void A_converged_loss_is_not_called_diverged(double phi) =>
        AtMostFalsePositive("LL102 converged", phi, 101_000, r => DynamicsRunSets.Flags(DivergedDetector.Default, DynamicsRunSets.TrainRun(DynamicsRunSets.Converged(r, phi))));

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void A_loss_that_rises_above_its_start_is_called_diverged(double phi) =>
        AtLeastPower("LL102 diverging", phi, 102_000, 0.9, r => DynamicsRunSets.Flags(DivergedDetector.Default, DynamicsRunSets.TrainRun(DynamicsRunSets.Diverging(r, phi))));

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void A_loss_still_decaying_is_not_called_a_plateau(double phi) =>
        AtMostFalsePositive("LL104 still decaying", phi, 103_000, r => DynamicsRunSets.Flags(PlateauDetector.Default, DynamicsRunSets.TrainRun(DynamicsRunSets.StillDecaying(r, phi))));

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void A_flat_tail_after_convergence_is_called_a_plateau(double phi) =>
        AtLeastPower("LL104 converged", phi, 104_000, 0.8, r => DynamicsRunSets.Flags(PlateauDetector.Default, DynamicsRunSets.TrainRun(DynamicsRunSets.Converged(r, phi))));

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void Training_long_past_convergence_is_not_called_still_improving(double phi) =>
        AtMostFalsePositive("LL106 converged", phi, 105_000, r => DynamicsRunSets.Flags(StillImprovingDetector.Default, DynamicsRunSets.TrainRun(DynamicsRunSets.Converged(r, phi))));

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void A_loss_still_decaying_at_the_end_is_called_still_improving(double phi) =>
        AtLeastPower("LL106 still decaying", phi, 106_000, 0.8, r => DynamicsRunSets.Flags(StillImprovingDetector.Default, DynamicsRunSets.TrainRun(DynamicsRunSets.StillDecaying(r, phi))));

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void A_learning_loss_is_not_called_not_learning(double phi) =>
        AtMostFalsePositive("LL107 still decaying", phi, 107_000, r => DynamicsRunSets.Flags(NotLearningDetector.Default, DynamicsRunSets.TrainRun(DynamicsRunSets.StillDecaying(r, phi))));

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
