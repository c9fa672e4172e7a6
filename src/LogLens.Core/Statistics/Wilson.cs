using LogLens.Core.Statistics;

namespace LogLens.Core.Statistics;

/// <summary>The Wilson score interval of a proportion (docs/methods.md; better than Wald at small n and near 0 or 1).</summary>
internal static class Wilson
{
    /// <summary>The interval for <paramref name="successes"/> of <paramref name="n"/> at <paramref name="level"/>; undefined for n = 0.</summary>
    public static Interval Of(double successes, double n, double level = 0.95)
    {
        if (!(n > 0))
        {
            return Interval.Undefined;
        }

        double z = Distributions.NormalQuantile(0.5 + (level / 2));
        double p = successes / n, z2 = z * z;
        double centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        double half = z / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return new Interval(Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
