using LogLens.Core.Model;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Curves;

/// <summary>
/// A step series prepared for trend tests (docs/methods.md): finite points only, sorted by step, block-averaged
/// to at most <see cref="MaxPoints"/> points. Values stay raw; <see cref="Goodness"/> is the direction-free copy.
/// </summary>
/// <param name="Name">The metric.</param>
/// <param name="Steps">Steps (block centres when averaged).</param>
/// <param name="Values">Raw values (block means when averaged).</param>
/// <param name="Goodness">Values converted to goodness (larger is better).</param>
/// <param name="NonFinite">Non-finite points that were left out.</param>
internal sealed record CheckpointSeries(string Name, double[] Steps, double[] Values, double[] Goodness, int NonFinite)
{
    /// <summary>Tests run on at most this many points (block averages beyond).</summary>
    public const int MaxPoints = 200;

    /// <summary>Above this fraction of non-finite points a series is not tested (docs/methods.md).</summary>
    public const double MaxNonFiniteFraction = 0.2;

    /// <summary>From this many points on, trend tests use the Hamed–Rao autocorrelation correction (long, autocorrelated logs).</summary>
    public const int HamedRaoMinPoints = 10;

    /// <summary>Number of points.</summary>
    public int Count => Steps.Length;

    /// <summary>Last step minus first step.</summary>
    public double Span => Count == 0 ? 0 : Steps[^1] - Steps[0];

    /// <summary>True when the series has enough finite points and not too many non-finite ones.</summary>
    public bool Usable(int minPoints) => Count >= minPoints && NonFinite <= MaxNonFiniteFraction * (Count + NonFinite);

    /// <summary>Prepares a series: finite points, block-averaged, with goodness.</summary>
    public static CheckpointSeries From(MetricSeries series, MetricDefinition definition)
    {
        (double[] finiteSteps, double[] finiteValues) = series.Finite();
        (double[] steps, double[] values) = BlockAverage(finiteSteps, finiteValues, MaxPoints);
        return new CheckpointSeries(series.Name, steps, values, [.. values.Select(definition.Goodness)], series.Count - finiteSteps.Length);
    }

    /// <summary>The points with step in [from, to].</summary>
    public CheckpointSeries Window(double from, double to)
    {
        int[] keep = [.. Enumerable.Range(0, Count).Where(i => Steps[i] >= from && Steps[i] <= to)];
        return this with { Steps = [.. keep.Select(i => Steps[i])], Values = [.. keep.Select(i => Values[i])], Goodness = [.. keep.Select(i => Goodness[i])] };
    }

    /// <summary>Mann–Kendall on goodness (Hamed–Rao corrected from <see cref="HamedRaoMinPoints"/> points on).</summary>
    public MannKendallResult Trend() => MannKendall.Test(Goodness, Count >= HamedRaoMinPoints);

    /// <summary>Sen's slope of goodness per step with its 90% CI.</summary>
    public SenSlopeResult Slope() => SenSlope.Estimate(Steps, Goodness, 0.90);

    /// <summary>Index of the best (largest goodness) point; the earliest on ties.</summary>
    public int BestIndex()
    {
        int best = 0;
        for (int i = 1; i < Count; i++)
        {
            best = Goodness[i] > Goodness[best] ? i : best;
        }

        return best;
    }

    /// <summary>Index of the point whose step is nearest to <paramref name="step"/> (the earlier one on ties).</summary>
    public int NearestIndex(double step)
    {
        int best = 0;
        for (int i = 1; i < Count; i++)
        {
            best = Math.Abs(Steps[i] - step) < Math.Abs(Steps[best] - step) ? i : best;
        }

        return best;
    }

    /// <summary>
    /// Point-to-point noise: the scaled MAD (1.4826·MAD) of successive differences / √2. Robust to the trend itself, which
    /// only shifts the differences' median.
    /// </summary>
    public double NoiseScale() => Descriptive.DifferenceNoise(Goodness);

    /// <summary>
    /// Points after which AR(1)-like noise has forgotten a given point (φ^k &lt; 0.1), with φ estimated from the
    /// lag-1 autocorrelation r of first differences (for AR(1), r = −(1 − φ)/2). Differencing removes a level;
    /// subtracting the differences' running mean (±10 points) removes a curving trend, which would otherwise read
    /// as autocorrelation; ranks (as in Hamed–Rao) keep outlying differences from dominating. 0 when the noise shows no positive autocorrelation; at most an
    /// eighth of the series (φ near 1 is poorly estimated and would eat the window).
    /// </summary>
    public int DecorrelationLag()
    {
        const int half = 10;
        if (Count < 8)
        {
            return 0;
        }

        double[] raw = [.. Enumerable.Range(1, Count - 1).Select(i => Goodness[i] - Goodness[i - 1])];
        double[] adjusted = [.. Enumerable.Range(0, raw.Length).Select(i =>
        {
            int from = Math.Max(0, i - half);
            int to = Math.Min(raw.Length, i + half + 1);
            return raw[i] - raw.AsSpan(from, to - from).ToArray().Average();
        })];

        // Ranks keep the few huge differences of an early steep descent from dominating the estimate.
        double[] ranks = Ranks.Average(adjusted);
        double centre = ranks.Average();
        double[] d = [.. ranks.Select(r => r - centre)];
        double c0 = d.Sum(v => v * v);
        double c1 = Enumerable.Range(1, d.Length - 1).Sum(i => d[i] * d[i - 1]);
        double phi = c0 > 0 ? 1 + (2 * c1 / c0) : 0;
        return phi <= 0.05 ? 0 : Math.Min(Count / 8, (int)Math.Ceiling(Math.Log(0.1) / Math.Log(Math.Min(phi, 0.95))));
    }

    /// <summary>Averages consecutive blocks so that at most <paramref name="maxPoints"/> remain (the last block may be shorter).</summary>
    public static (double[] Steps, double[] Values) BlockAverage(double[] steps, double[] values, int maxPoints)
    {
        int n = steps.Length;
        if (n <= maxPoints)
        {
            return (steps, values);
        }

        int size = (n + maxPoints - 1) / maxPoints;
        int blocks = (n + size - 1) / size;
        var outSteps = new double[blocks];
        var outValues = new double[blocks];
        for (int b = 0; b < blocks; b++)
        {
            int from = b * size;
            int to = Math.Min(n, from + size);
            outSteps[b] = SequentialMean(steps.AsSpan(from, to - from));
            outValues[b] = SequentialMean(values.AsSpan(from, to - from));
        }

        return (outSteps, outValues);
    }

    /// <summary>Sum in order, divided by the count: the same bits as Enumerable.Average, without its copy.</summary>
    private static double SequentialMean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }

        return sum / values.Length;
    }
}
