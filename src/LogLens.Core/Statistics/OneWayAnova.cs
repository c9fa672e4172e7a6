namespace LogLens.Core.Statistics;

/// <summary>One-way ANOVA, ICC(1) and ω²/η² over groups of runs (configs × seeds, docs/methods.md).</summary>
internal static class OneWayAnova
{
    /// <summary>
    /// Computes the one-way ANOVA table and ICC(1). The F p-value is the beta upper tail (never an F
    /// quantile). The ICC CI is Shrout &amp; Fleiss (1979) / McGraw &amp; Wong (1996):
    /// F_L = F/F(1−α/2; g−1, N−g), F_U = F·F(1−α/2; N−g, g−1), bounds (F_x − 1)/(F_x + n0 − 1).
    /// </summary>
    /// <param name="groups">The groups; empty groups are ignored.</param>
    /// <param name="iccLevel">Confidence level of the ICC interval.</param>
    /// <returns>The result; NaN statistics with fewer than two groups or no within-group df.</returns>
    public static AnovaResult Compute(IReadOnlyList<double[]> groups, double iccLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var used = groups.Where(g => g is { Length: > 0 }).ToList();
        int g = used.Count;
        int n = used.Sum(x => x.Length);
        if (g < 2 || n - g <= 0)
        {
            return AnovaResult.Undefined(g, n);
        }

        double grand = used.SelectMany(x => x).Sum() / n;
        double ssb = 0;
        double ssw = 0;
        double sumSquaredSizes = 0;
        foreach (double[] group in used)
        {
            double mean = Descriptive.Mean(group);
            ssb += group.Length * (mean - grand) * (mean - grand);
            ssw += group.Sum(v => (v - mean) * (v - mean));
            sumSquaredSizes += (double)group.Length * group.Length;
        }

        double dfb = g - 1;
        double dfw = n - g;
        double msb = ssb / dfb;
        double msw = ssw / dfw;
        double f = msw > 0 ? msb / msw : (msb > 0 ? double.PositiveInfinity : double.NaN);
        double p = Distributions.FUpperTail(f, dfb, dfw);
        double n0 = (n - (sumSquaredSizes / n)) / dfb;
        double icc = (msb - msw) / (msb + ((n0 - 1) * msw));
        double sst = ssb + ssw;
        double omega = (ssb - (dfb * msw)) / (sst + msw);
        double eta = sst > 0 ? ssb / sst : double.NaN;
        Interval ci = IccInterval(f, dfb, dfw, n0, iccLevel);
        return new AnovaResult(g, n, f, p, msb, msw, dfb, dfw, n0, icc, ci, omega, eta);
    }

    private static Interval IccInterval(double f, double dfb, double dfw, double n0, double level)
    {
        if (!double.IsFinite(f))
        {
            return Interval.Undefined;
        }

        double q = 0.5 + (level / 2);
        double fl = f / Distributions.FQuantile(q, dfb, dfw);
        double fu = f * Distributions.FQuantile(q, dfw, dfb);
        return new Interval((fl - 1) / (fl + n0 - 1), (fu - 1) / (fu + n0 - 1));
    }
}
