namespace LogLens.Core.Statistics;

/// <summary>Dodge et al. (2019), "Show your work": the expected best of n configs drawn from those tried (docs/methods.md).</summary>
internal static class ExpectedMaximum
{
    /// <summary>The expected maximum of <paramref name="n"/> draws with replacement from the empirical distribution of <paramref name="values"/>.</summary>
    public static double Of(IReadOnlyList<double> values, int n)
    {
        ArgumentNullException.ThrowIfNull(values);
        double[] v = [.. values.Order()];
        double total = 0;
        for (int i = 1; i <= v.Length; i++)
        {
            total += v[i - 1] * (Math.Pow((double)i / v.Length, n) - Math.Pow((double)(i - 1) / v.Length, n));
        }

        return total;
    }
}
