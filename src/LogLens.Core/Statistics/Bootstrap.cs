namespace LogLens.Core.Statistics;

/// <summary>
/// Percentile bootstrap intervals (docs/methods.md: B = 2000, R7 quantiles). At n ≤ 5 these under-cover:
/// label them approximate or prefer t intervals and exact tests.
/// </summary>
internal static class Bootstrap
{
    /// <summary>
    /// Percentile interval of <paramref name="statistic"/> over <paramref name="resamples"/> resamples
    /// with replacement. Non-finite replicate statistics are discarded.
    /// </summary>
    /// <param name="values">The sample.</param>
    /// <param name="statistic">The statistic of a resample.</param>
    /// <param name="rng">Seeded generator.</param>
    /// <param name="resamples">Number of resamples B.</param>
    /// <param name="level">Confidence level.</param>
    /// <returns>The interval; undefined for empty input or when no replicate is finite.</returns>
    public static Interval PercentileInterval(
        ReadOnlySpan<double> values, Func<double[], double> statistic, Random rng, int resamples = 2000, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        ArgumentNullException.ThrowIfNull(rng);
        if (values.IsEmpty)
        {
            return Interval.Undefined;
        }

        var replicates = new List<double>(resamples);
        var resample = new double[values.Length];
        for (int b = 0; b < resamples; b++)
        {
            Resample(values, resample, rng);
            double s = statistic(resample);
            if (double.IsFinite(s))
            {
                replicates.Add(s);
            }
        }

        return Percentiles(replicates, level);
    }

    /// <summary>
    /// Stratified bootstrap interval of P(X &gt; Y) (ties ½, the U/(nm) of Mann–Whitney): x and y are
    /// resampled separately, as rliable does.
    /// </summary>
    /// <param name="x">First sample.</param>
    /// <param name="y">Second sample.</param>
    /// <param name="rng">Seeded generator.</param>
    /// <param name="resamples">Number of resamples B.</param>
    /// <param name="level">Confidence level.</param>
    /// <returns>The interval; undefined when either sample is empty.</returns>
    public static Interval ProbabilityOfSuperiorityInterval(
        ReadOnlySpan<double> x, ReadOnlySpan<double> y, Random rng, int resamples = 2000, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(rng);
        if (x.IsEmpty || y.IsEmpty)
        {
            return Interval.Undefined;
        }

        var replicates = new List<double>(resamples);
        var xs = new double[x.Length];
        var ys = new double[y.Length];
        for (int b = 0; b < resamples; b++)
        {
            Resample(x, xs, rng);
            Resample(y, ys, rng);
            replicates.Add(ProbabilityOfSuperiority(xs, ys));
        }

        return Percentiles(replicates, level);
    }

    /// <summary>P(X &gt; Y) + ½P(X = Y) by direct pair counting.</summary>
    internal static double ProbabilityOfSuperiority(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double wins = 0;
        foreach (double a in x)
        {
            foreach (double b in y)
            {
                wins += a > b ? 1 : (a == b ? 0.5 : 0);
            }
        }

        return wins / ((double)x.Length * y.Length);
    }

    private static void Resample(ReadOnlySpan<double> source, double[] target, Random rng)
    {
        for (int i = 0; i < target.Length; i++)
        {
            target[i] = source[rng.Next(source.Length)];
        }
    }

    private static Interval Percentiles(List<double> replicates, double level)
    {
        if (replicates.Count == 0)
        {
            return Interval.Undefined;
        }

        replicates.Sort();
        double alpha = 1 - level;
        return new Interval(
            Descriptive.QuantileR7Sorted(replicates, alpha / 2),
            Descriptive.QuantileR7Sorted(replicates, 1 - (alpha / 2)));
    }
}
