using LogLens.Core.Model;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>Exact statistics of a full series, written to the summaries table before any downsampling.</summary>
/// <param name="Points">Points logged (after resolving resumes).</param>
/// <param name="FirstStep">The first step.</param>
/// <param name="LastStep">The last step.</param>
/// <param name="Final">The last finite value; null when no value is finite.</param>
/// <param name="Best">The best finite value in the metric's direction; null when no value is finite.</param>
/// <param name="BestStep">The step of the first best value; null when no value is finite.</param>
/// <param name="Min">The lowest finite value.</param>
/// <param name="Max">The highest finite value.</param>
/// <param name="Mean">The mean of the finite values.</param>
/// <param name="NonFinite">How many values are NaN or infinite.</param>
internal sealed record SeriesSummary(
    long Points,
    double FirstStep,
    double LastStep,
    double? Final,
    double? Best,
    double? BestStep,
    double? Min,
    double? Max,
    double? Mean,
    long NonFinite)
{
    /// <summary>Summarises a non-empty <paramref name="series"/>; best is the highest value when <paramref name="higherIsBetter"/>, else the lowest.</summary>
    public static SeriesSummary Of(MetricSeries series, bool higherIsBetter)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfZero(series.Count);
        double[] values = series.Values;
        int min = -1;
        int max = -1;
        int finite = 0;
        double sum = 0;
        for (int i = 0; i < values.Length; i++)
        {
            double v = values[i];
            if (!double.IsFinite(v))
            {
                continue;
            }

            finite++;
            sum += v;
            min = min < 0 || v < values[min] ? i : min;
            max = max < 0 || v > values[max] ? i : max;
        }

        int best = higherIsBetter ? max : min;
        return new SeriesSummary(
            series.Count,
            series.Steps[0],
            series.Steps[^1],
            finite == 0 ? null : series.LastFinite,
            best < 0 ? null : values[best],
            best < 0 ? null : series.Steps[best],
            min < 0 ? null : values[min],
            max < 0 ? null : values[max],
            finite == 0 ? null : sum / finite,
            values.Length - finite);
    }
}
