namespace LogLens.Plotting;

/// <summary>Drops non-finite points before they reach ScottPlot: NaN/∞ in logs must never break a plot.</summary>
internal static class FiniteData
{
    /// <summary>The (x, y) pairs where both are finite; pairs beyond the shorter array are ignored.</summary>
    public static (double[] X, double[] Y, int[] Index) Pairs(double[] x, double[] y)
    {
        int n = Math.Min(x.Length, y.Length);
        var xs = new List<double>(n);
        var ys = new List<double>(n);
        var index = new List<int>(n);
        for (int i = 0; i < n; i++)
        {
            if (double.IsFinite(x[i]) && double.IsFinite(y[i]))
            {
                xs.Add(x[i]);
                ys.Add(y[i]);
                index.Add(i);
            }
        }

        return ([.. xs], [.. ys], [.. index]);
    }

    /// <summary>The finite values only.</summary>
    public static double[] Values(IEnumerable<double> values) => [.. values.Where(double.IsFinite)];

    /// <summary>True when the value is a finite number.</summary>
    public static bool IsFinite(double? value) => value is { } v && double.IsFinite(v);
}
