using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using Xunit.Abstractions;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>
/// docs/methods.md, P5: 1,000 train steps (logged every step, block-averaged to 200 points by the detector) and
/// 100 eval points (every 10 steps), power-law decay plus stationary AR(1) noise (SD 0.02). The eval curve
/// 0.5 + 2/(1 + t/10) is nearly flat after t ≈ 300, so its minimum lands anywhere in a long autocorrelated
/// tail — the case where a plain Mann–Kendall test over-rejects. The train curve 0.2 + 2(1 + t/50)^−0.7
/// keeps falling. Overfitting adds κ·max(0, t − 400)² with κ = 2.8e-7 (+0.1 at the end, ≈ 20%).
/// </summary>
public sealed class TrainingDynamicsSimulationTests(ITestOutputHelper output)
{
    private const int Replicates = 200;
    private const int Steps = 1000;
    private const double Kappa = 2.8e-7;

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void Pure_decay_with_autocorrelated_noise_is_not_called_overfitting(double phi)
    {
        double rate = EvalRunSets.Rate(Replicates, 50_000 + (int)(phi * 10), r => Detect(OverfittingDetector.Default, Training(r, phi, 0)).Any());
        output.WriteLine($"LL103 rate, pure decay, phi = {phi}: {rate:0.###}");
        Assert.True(rate <= EvalRunSets.FalsePositiveBound(Replicates), $"false-positive rate {rate}");
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void Eval_loss_rising_after_its_minimum_is_called_overfitting(double phi)
    {
        double rate = EvalRunSets.Rate(Replicates, 60_000 + (int)(phi * 10), r => Detect(OverfittingDetector.Default, Training(r, phi, Kappa)).Any(f => f.Code == "LL103"));
        output.WriteLine($"LL103 rate, overfit, phi = {phi}: {rate:0.###}");
        Assert.True(rate >= EvalRunSets.PowerBound(Replicates, 0.9), $"power {rate}");
    }

    [Fact]
    public void An_injected_NaN_is_always_reported_at_its_step()
    {
        double rate = EvalRunSets.Rate(Replicates, 70_000, r =>
        {
            Run run = Training(r, 0.5, 0);
            MetricSeries train = run.FindSeries("train/loss")!;
            int at = r.Next(1, Steps);
            double[] values = [.. train.Values];
            values[at] = r.Next(2) == 0 ? double.NaN : double.PositiveInfinity;
            Run broken = run with { Series = [.. run.Series.Select(s => s.Name == train.Name ? train with { Values = values } : s)] };
            var findings = Detect(NonFiniteLossDetector.Default, broken);
            return findings.Count == 1 && (double)findings[0].Evidence["first_bad_step"]! == train.Steps[at];
        });
        Assert.Equal(1.0, rate);
    }

    internal static Run Training(Random random, double phi, double kappa)
    {
        double[] trainNoise = EvalRunSets.Ar1(random, Steps, phi, 0.02);
        double[] train = [.. Enumerable.Range(0, Steps).Select(t => 0.2 + (2 * Math.Pow(1 + (t / 50.0), -0.7)) + trainNoise[t])];
        double[] evalNoise = EvalRunSets.Ar1(random, Steps / 10, phi, 0.02);
        double[] eval = [.. Enumerable.Range(0, Steps / 10).Select(i =>
        {
            double t = (i + 1) * 10.0;
            return 0.5 + (2 / (1 + (t / 10))) + (kappa * Math.Pow(Math.Max(0, t - 400), 2)) + evalNoise[i];
        })];
        return EvalRunSets.Run("run", EvalRunSets.Series("train/loss", train, 1, 1), EvalRunSets.Series("eval/loss", eval, 10, 10));
    }

    private static IReadOnlyList<Finding> Detect(LogLens.Core.Detection.IDetector detector, Run run) => EvalRunSets.Detect(detector, run);
}
