using LogLens.Core.Detection;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Detection;

/// <summary>
/// Training curves for the LL102/LL104–LL107 simulations (docs/methods.md, P5): power-law decay plus stationary AR(1)
/// noise with marginal SD <see cref="Sd"/>, one train loss logged every step.
/// </summary>
internal static class DynamicsRunSets
{
    /// <summary>Marginal noise SD of every simulated loss.</summary>
    public const double Sd = 0.02;

    /// <summary>
    /// 1,000 steps of 0.2 + 2(1 + t/50)^−0.7: still falling at the end (≈ 0.038 over the last 200 steps,
    /// ≈ 3% of the total drop).
    /// </summary>
    public static double[] StillDecaying(Random random, double phi) => Curve(random, phi, 1000, t => 0.2 + (2 * Math.Pow(1 + (t / 50.0), -0.7)));

    /// <summary>
    /// 5,000 steps of 0.3 + 2.2(1 + t/100)^−3: converged long before the end (change over the last 20% ≈ 5e-5).
    /// Long, because the ±1% equivalence margin (≈ 0.019 here) must beat the Sen CI of 25-step block means under
    /// φ = .8 (with 3,000 steps LL104 found 66% of these plateaus at φ = .8, 99% at φ = .5).
    /// </summary>
    public static double[] Converged(Random random, double phi) => Curve(random, phi, 5000, t => 0.3 + (2.2 * Math.Pow(1 + (t / 100.0), -3)));

    /// <summary>1,000 steps: the still-decaying curve plus 7.8e-6·max(0, t − 400)², ending near 3 (above its start ≈ 2.2).</summary>
    public static double[] Diverging(Random random, double phi) =>
        Curve(random, phi, 1000, t => 0.2 + (2 * Math.Pow(1 + (t / 50.0), -0.7)) + (7.8e-6 * Math.Pow(Math.Max(0, t - 400), 2)));

    /// <summary>The curve f(t) + AR(1) noise at t = 0 … n − 1.</summary>
    public static double[] Curve(Random random, double phi, int n, Func<double, double> f)
    {
        double[] noise = EvalRunSets.Ar1(random, n, phi, Sd);
        return [.. Enumerable.Range(0, n).Select(t => f(t) + noise[t])];
    }

    /// <summary>Adds <paramref name="height"/> at <paramref name="count"/> random points in [50, n − 50), at least 30 apart.</summary>
    public static double[] WithSpikes(Random random, double[] values, int count, double height)
    {
        double[] result = [.. values];
        var at = new List<int>();
        while (at.Count < count)
        {
            int i = random.Next(50, values.Length - 50);
            if (at.TrueForAll(j => Math.Abs(j - i) >= 30))
            {
                at.Add(i);
                result[i] += height;
            }
        }

        return result;
    }

    /// <summary>Adds <paramref name="height"/> from a random point in [300, 800) to the end: a spike that never recovers.</summary>
    public static double[] WithJump(Random random, double[] values, double height)
    {
        int from = random.Next(300, 800);
        return [.. values.Select((v, i) => i >= from ? v + height : v)];
    }

    /// <summary>A run with one train loss logged every step.</summary>
    public static Run TrainRun(double[] loss) => EvalRunSets.Run("run", EvalRunSets.Series("train/loss", loss));

    /// <summary>True when the detector reports anything for the run.</summary>
    public static bool Flags(IDetector detector, Run run) => EvalRunSets.Detect(detector, run).Count > 0;
}
