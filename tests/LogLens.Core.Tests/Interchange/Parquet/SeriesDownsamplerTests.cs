using LogLens.Core.Interchange.Parquet;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Interchange.Parquet;

public sealed class SeriesDownsamplerTests
{
    private static MetricSeries Noisy(int n, Func<int, double>? value = null)
    {
        var random = new Random(7);
        double[] steps = [.. Enumerable.Range(1, n).Select(i => (double)i)];
        double[] values = [.. Enumerable.Range(0, n).Select(i => value?.Invoke(i) ?? (2.0 / (1 + (i / 500.0))) + (0.05 * random.NextDouble()))];
        return new MetricSeries("train/loss", steps, values);
    }

    private static MetricSeries Take(MetricSeries series, int[] keep) =>
        new(series.Name, [.. keep.Select(i => series.Steps[i])], [.. keep.Select(i => series.Values[i])]);

    [Fact]
    public void A_20000_point_series_is_reduced_to_at_most_the_budget()
    {
        int[] keep = SeriesDownsampler.Keep(Noisy(20_000), 1000);

        Assert.InRange(keep.Length, 900, 1000);
    }

    [Fact]
    public void A_series_within_the_budget_is_kept_whole()
    {
        Assert.Equal(Enumerable.Range(0, 500), SeriesDownsampler.Keep(Noisy(500), 1000));
    }

    [Fact]
    public void First_last_min_max_and_final_survive_downsampling()
    {
        MetricSeries series = Noisy(20_000, i => i == 12_345 ? -5 : i == 777 ? 9 : i == 19_999 ? double.PositiveInfinity : Math.Sin(i));
        MetricSeries reduced = Take(series, SeriesDownsampler.Keep(series, 100));

        Assert.Equal(
            (series.Steps[0], series.Steps[^1], series.Values.Where(double.IsFinite).Min(), series.Values.Where(double.IsFinite).Max(), series.LastFinite),
            (reduced.Steps[0], reduced.Steps[^1], reduced.Values.Where(double.IsFinite).Min(), reduced.Values.Where(double.IsFinite).Max(), reduced.LastFinite));
    }

    [Fact]
    public void The_first_NaN_of_a_long_loss_survives_downsampling()
    {
        MetricSeries series = Noisy(20_000, i => i >= 15_001 ? double.NaN : 1.0 / (i + 1));
        MetricSeries reduced = Take(series, SeriesDownsampler.Keep(series, 1000));

        Assert.Equal(15_002.0, reduced.Steps[reduced.FirstNonFiniteIndex]);
    }

    [Fact]
    public void Kept_indices_are_ascending_and_the_same_on_every_call()
    {
        MetricSeries series = Noisy(20_000);
        int[] keep = SeriesDownsampler.Keep(series, 1000);

        Assert.Equal(keep.Order(), keep);
        Assert.Equal(keep, SeriesDownsampler.Keep(series, 1000));
    }

    [Fact]
    public void Best_step_of_the_exact_summary_is_the_first_lowest_point_of_a_loss()
    {
        var series = new MetricSeries("eval/loss", [10, 20, 30, 40], [0.5, 0.2, 0.2, double.NaN]);

        SeriesSummary summary = SeriesSummary.Of(series, higherIsBetter: false);

        Assert.Equal((0.2, 20.0, 0.2, 1L, 0.3), (summary.Best!.Value, summary.BestStep!.Value, summary.Final!.Value, summary.NonFinite, summary.Mean!.Value));
    }
}
