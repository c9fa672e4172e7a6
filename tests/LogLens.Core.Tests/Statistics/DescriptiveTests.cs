using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

public sealed class DescriptiveTests
{
    [Fact]
    public void Should_match_numpy_R7_quantile_golden_value() =>
        Approx.Equal(2.0, Descriptive.QuantileR7([1, 2, 3, 4, 10], 0.25));

    [Fact]
    public void Should_interpolate_R7_between_order_statistics() =>
        Approx.Equal(3.4, Descriptive.QuantileR7([1, 2, 3, 4, 10], 0.6)); // numpy.quantile(x, 0.6) = 3.4

    [Fact]
    public void Should_compute_mean_variance_and_sd()
    {
        double[] x = [2, 4, 4, 4, 5, 5, 7, 9];
        Approx.Equal(5, Descriptive.Mean(x));
        Approx.Equal(32.0 / 7, Descriptive.Variance(x));
        Approx.Equal(Math.Sqrt(32.0 / 7), Descriptive.StandardDeviation(x));
    }

    [Fact]
    public void Should_take_the_mean_of_the_middle_values_as_even_median() =>
        Approx.Equal(3.5, Descriptive.Median([4, 1, 3, 10]));

    [Fact]
    public void Should_scale_the_MAD_by_1_4826() =>
        Approx.Equal(1.4826, Descriptive.Mad([1, 2, 3, 4, 100])); // median 3, |dev| median 1

    [Fact]
    public void Should_pool_the_within_group_SD_over_groups_with_two_or_more_values()
    {
        // SS within: {1,3} → 2, {2,4,6} → 8, {10} contributes nothing; df = 1 + 2 → √(10/3).
        Approx.Equal(Math.Sqrt(10.0 / 3), Descriptive.PooledWithinSd([[1, 3], [2, 4, 6], [10]]));
        Assert.True(double.IsNaN(Descriptive.PooledWithinSd([[1], [2]])));
    }

    [Fact]
    public void Should_return_NaN_for_empty_or_single_value_input()
    {
        Assert.True(double.IsNaN(Descriptive.Mean([])));
        Assert.True(double.IsNaN(Descriptive.Median([])));
        Assert.True(double.IsNaN(Descriptive.Mad([])));
        Assert.True(double.IsNaN(Descriptive.Variance([1])));
        Assert.False(Descriptive.MeanConfidenceInterval([1]).IsDefined);
    }

    [Fact]
    public void Should_give_a_zero_width_interval_for_a_constant_series()
    {
        Interval ci = Descriptive.MeanConfidenceInterval([3, 3, 3]);
        Assert.Equal(3, ci.Low);
        Assert.Equal(3, ci.High);
    }

    [Fact]
    public void Should_build_the_t_interval_with_t_4_quantile()
    {
        double[] x = [0.961, 0.958, 0.966, 0.955, 0.963];
        Interval ci = Descriptive.MeanConfidenceInterval(x);
        double half = 2.7764451051977987 * Descriptive.StandardDeviation(x) / Math.Sqrt(5);
        Approx.Equal(Descriptive.Mean(x) - half, ci.Low);
        Approx.Equal(Descriptive.Mean(x) + half, ci.High);
    }

    [Fact]
    public void Should_cover_the_true_mean_about_95_percent_of_the_time_at_n_5()
    {
        var rng = new Random(20240501);
        const int Replicates = 2000;
        int covered = 0;
        var sample = new double[5];
        for (int r = 0; r < Replicates; r++)
        {
            for (int i = 0; i < sample.Length; i++)
            {
                sample[i] = 10 + (2 * StandardNormal(rng));
            }

            covered += Descriptive.MeanConfidenceInterval(sample).Contains(10) ? 1 : 0;
        }

        double coverage = covered / (double)Replicates;
        Assert.InRange(coverage, 0.93, 0.97);
    }

    internal static double StandardNormal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    [Fact]
    public void Difference_noise_is_the_scaled_MAD_of_successive_differences_over_root_two()
    {
        // Differences 1, 2, 3, 4: median 2.5, absolute deviations 1.5, 0.5, 0.5, 1.5, their median 1.
        Assert.Equal(Descriptive.MadNormalConsistency / Math.Sqrt(2), Descriptive.DifferenceNoise([0.0, 1, 3, 6, 10]), 12);
        Assert.Equal(Descriptive.DifferenceNoise([0.0, 1, 3, 6, 10]), Descriptive.DifferenceNoise([0.0, -1, -3, -6, -10]));
        Assert.True(double.IsNaN(Descriptive.DifferenceNoise([1.0, 2])));
    }
}
