using LogLens.Core.Statistics;

namespace LogLens.Core.Statistics;

/// <summary>
/// Kendall's S summed over strata (the "seasonal" Kendall test of Hirsch, Slack &amp; Smith 1982): each stratum
/// holds the configs that share every parameter but the trend variable, so other parameters' effects cannot
/// masquerade as a trend. Var S per stratum is the tie-corrected null variance (ties in both variables, as for τ-b).
/// </summary>
internal sealed class StratifiedKendall
{
    /// <summary>Σ S over strata.</summary>
    public double S { get; private set; }

    /// <summary>Σ Var S over strata.</summary>
    public double Variance { get; private set; }

    /// <summary>Strata that contributed (at least two distinct x values).</summary>
    public int Strata { get; private set; }

    /// <summary>Continuity-corrected Z = (S − sgn S)/√Var S; NaN without variance.</summary>
    public double Z => Variance > 0 ? (S - Math.Sign(S)) / Math.Sqrt(Variance) : double.NaN;

    /// <summary>One-sided p for a decreasing trend, Φ(Z).</summary>
    public double DecreasingP => Distributions.NormalUpperTail(-Z);

    /// <summary>Adds one stratum's pairs (x = trend variable, y = outcome).</summary>
    public void Add(double[] x, double[] y)
    {
        int n = x.Length;
        if (n < 2 || x.Distinct().Count() < 2)
        {
            return;
        }

        double s = 0;
        for (int i = 0; i < n - 1; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                s += Math.Sign(x[j] - x[i]) * Math.Sign(y[j] - y[i]);
            }
        }

        double m = n * (n - 1.0);
        (double xc, double xp, double xt) = Ties(x);
        (double yc, double yp, double yt) = Ties(y);
        double variance = ((m * ((2.0 * n) + 5)) - xc - yc) / 18
            + (n > 2 ? xt * yt / (9 * m * (n - 2)) : 0)
            + (xp * yp / (2 * m));
        S += s;
        Variance += variance;
        Strata++;
    }

    /// <summary>Σ t(t−1)(2t+5), Σ t(t−1), Σ t(t−1)(t−2) over tie groups.</summary>
    private static (double Cubic, double Pairs, double Triple) Ties(double[] values)
    {
        double cubic = 0, pairs = 0, triple = 0;
        foreach (double t in Ranks.TieGroupSizes(values))
        {
            cubic += t * (t - 1) * ((2 * t) + 5);
            pairs += t * (t - 1);
            triple += t * (t - 1) * (t - 2);
        }

        return (cubic, pairs, triple);
    }
}
