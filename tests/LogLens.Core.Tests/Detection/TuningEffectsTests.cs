using System.Collections.Immutable;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Detection;

/// <summary>docs/methods.md per-parameter effects: agreement with one-way ANOVA, crossing, binning, expected max, degenerate input.</summary>
public sealed class TuningEffectsTests
{
    private static readonly Random Rng = new(1);

    [Fact]
    public void With_one_parameter_the_f_test_equals_one_way_anova_over_configs()
    {
        double[][] groups = [[0.61, 0.63, 0.60], [0.66, 0.69, 0.65], [0.70, 0.68, 0.73]];
        var cells = groups.Select((g, i) => Cell($"lr={i}", g, ("lr", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToList();

        TuningEffect lr = TuningEffects.Analyze(cells, Rng, 0)!.Effects.Single();
        AnovaResult anova = OneWayAnova.Compute(groups);

        Assert.Equal(anova.F, lr.F, 1e-9);
        Assert.Equal(anova.P, lr.P, 1e-9);
    }

    [Fact]
    public void A_fully_crossed_grid_uses_the_exact_f_test()
    {
        var cells = Grid((a, b) => a + b);

        TuningAnalysis analysis = TuningEffects.Analyze(cells, Rng, 100)!;

        Assert.All(analysis.Effects, e => Assert.False(e.Permuted));
    }

    [Fact]
    public void An_unbalanced_design_falls_back_to_a_permutation_p()
    {
        var cells = Grid((a, b) => a + b).Skip(1).ToList();

        TuningAnalysis analysis = TuningEffects.Analyze(cells, Rng, 100)!;

        Assert.All(analysis.Effects, e => Assert.True(e.Permuted));
    }

    [Fact]
    public void Random_search_values_are_binned_into_at_most_five_levels_on_a_log_scale()
    {
        string[] values = [.. Enumerable.Range(0, 12).Select(i => Math.Pow(10, -6 + (i * 0.3)).ToString("R", System.Globalization.CultureInfo.InvariantCulture))];

        ParameterLevels levels = ParameterLevels.Of(values);

        Assert.True(levels.Binned);
        Assert.InRange(levels.Labels.Length, 2, ParameterLevels.MaxLevels);
        Assert.Equal(levels.OfCell.Order(), levels.OfCell);
    }

    [Fact]
    public void The_expected_maximum_runs_from_the_mean_at_one_draw_to_the_maximum_at_many()
    {
        double[] values = [1, 2, 3];

        Assert.Equal(2, TuningEffects.ExpectedMax(values, 1), 1e-12);
        Assert.Equal(3, TuningEffects.ExpectedMax(values, 200), 1e-9);
    }

    [Fact]
    public void Fewer_than_three_configs_give_no_analysis()
    {
        var cells = new[] { Cell("a", [1, 2], ("lr", "1")), Cell("b", [2, 3], ("lr", "2")) };

        Assert.Null(TuningEffects.Analyze(cells, Rng, 10));
    }

    [Fact]
    public void Identical_values_everywhere_give_undefined_effects_not_an_exception()
    {
        var cells = Grid((_, _) => 0.5);

        TuningAnalysis analysis = TuningEffects.Analyze(cells, Rng, 10)!;

        Assert.All(analysis.Effects, e => Assert.False(e.Moves(0.05)));
    }

    private static List<TuningCell> Grid(Func<int, int, double> mean) =>
    [
        .. from a in Enumerable.Range(0, 3)
           from b in Enumerable.Range(0, 2)
           select Cell($"a={a},b={b}", [mean(a, b), mean(a, b) + 0.01, mean(a, b) - 0.01], ("a", a.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("b", b.ToString(System.Globalization.CultureInfo.InvariantCulture))),
    ];

    private static TuningCell Cell(string key, double[] values, params (string Key, string Value)[] p) =>
        new(key, p.ToImmutableSortedDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal), values);
}
