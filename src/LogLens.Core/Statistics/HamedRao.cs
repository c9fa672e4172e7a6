namespace LogLens.Core.Statistics;

/// <summary>
/// The Hamed &amp; Rao (1998) correction of Var S for serial correlation, as in pyMannKendall's
/// <c>hamed_rao_modification_test</c>: detrend with Sen's slope, rank the residuals, and sum the
/// rank autocorrelations that are significant at 5% (|r_k| &gt; z_.975/√n).
/// </summary>
internal static class HamedRao
{
    /// <summary>
    /// The factor n/n* = 1 + 2/(n(n−1)(n−2))·Σ_k (n−k)(n−k−1)(n−k−2)·r_k over significant lags.
    /// Returns 1 when the factor is not positive (the correction cannot shrink the variance to zero).
    /// </summary>
    public static double VarianceFactor(ReadOnlySpan<double> values)
    {
        int n = values.Length;
        if (n < 4)
        {
            return 1;
        }

        var time = new double[n];
        for (int i = 0; i < n; i++)
        {
            time[i] = i + 1;
        }

        double slope = SenSlope.Median(time, values);
        var detrended = new double[n];
        for (int i = 0; i < n; i++)
        {
            detrended[i] = values[i] - (slope * time[i]);
        }

        double[] ranks = Ranks.Average(detrended);
        double mean = Descriptive.Mean(ranks);
        double c0 = 0;
        foreach (double r in ranks)
        {
            c0 += (r - mean) * (r - mean);
        }

        if (c0 == 0)
        {
            return 1;
        }

        double bound = Distributions.NormalQuantile(0.975) / Math.Sqrt(n);
        double sum = 0;
        for (int k = 1; k < n - 1; k++)
        {
            double ck = 0;
            for (int t = 0; t < n - k; t++)
            {
                ck += (ranks[t] - mean) * (ranks[t + k] - mean);
            }

            double rk = ck / c0;
            if (Math.Abs(rk) > bound)
            {
                sum += (n - k) * (n - k - 1.0) * (n - k - 2.0) * rk;
            }
        }

        double factor = 1 + (2.0 / (n * (n - 1.0) * (n - 2.0)) * sum);
        return factor > 0 ? factor : 1;
    }
}
