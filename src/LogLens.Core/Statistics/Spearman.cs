namespace LogLens.Core.Statistics;

/// <summary>Spearman's rank correlation (docs/methods.md secondary, P6).</summary>
internal static class Spearman
{
    /// <summary>
    /// ρ = Pearson correlation of average ranks, with the two-sided p from
    /// t = ρ√((n − 2)/(1 − ρ²)) on n − 2 df, as <c>scipy.stats.spearmanr</c>.
    /// </summary>
    /// <param name="x">First variable (finite values).</param>
    /// <param name="y">Second variable, same length.</param>
    /// <returns>Statistic = ρ; Undefined for n &lt; 3 or a constant variable.</returns>
    public static TestResult Rho(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException("x and y must have the same length.", nameof(y));
        }

        int n = x.Length;
        if (n < 3)
        {
            return TestResult.Undefined;
        }

        double rho = Pearson(Ranks.Average(x), Ranks.Average(y));
        if (double.IsNaN(rho))
        {
            return TestResult.Undefined;
        }

        double denominator = (1 - rho) * (1 + rho);
        if (denominator <= 0)
        {
            return new TestResult(rho, 0);
        }

        double t = rho * Math.Sqrt((n - 2) / denominator);
        return new TestResult(rho, Distributions.StudentTTwoSidedP(t, n - 2));
    }

    /// <summary>Pearson correlation, clamped to [−1, 1]; NaN when either input is constant.</summary>
    internal static double Pearson(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double ma = Descriptive.Mean(a);
        double mb = Descriptive.Mean(b);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }

        if (saa == 0 || sbb == 0)
        {
            return double.NaN;
        }

        return Math.Clamp(sab / Math.Sqrt(saa * sbb), -1, 1);
    }
}
