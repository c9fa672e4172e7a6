using System.Collections.Immutable;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Statistics;
using Xunit.Abstractions;

namespace LogLens.Core.Tests.Detection;

/// <summary>Per-parameter F, ω² and their bootstrap intervals (docs/methods.md) against hand-computed two-way ANOVA values.</summary>
public sealed class EffectDesignTests(ITestOutputHelper output)
{
    // 2 × 2 factorial, 2 seeds: a ∈ {x, y}, b ∈ {u, v}. Cell means 1, 3 (a=x) and 2, 6 (a=y); grand mean 3.
    // SS_a = 4·((2−3)² + (4−3)²) = 8; SS_b = 4·((1.5−3)² + (4.5−3)²) = 18; SS_within = 4·0.5 = 2 (df 4, MS 0.5);
    // SS_T = 2·(4 + 0 + 1 + 9) + 2 = 30. F_a = 8/0.5 = 16, F_b = 36; ω²_a = (8 − 0.5)/(30.5), ω²_b = (18 − 0.5)/30.5.
    private static readonly EffectCell[] Factorial =
    [
        Cell("a=x,b=u", 0.5, 1.5), Cell("a=x,b=v", 2.5, 3.5), Cell("a=y,b=u", 1.5, 2.5), Cell("a=y,b=v", 5.5, 6.5),
    ];

    [Fact]
    public void A_balanced_factorial_gives_the_two_way_anova_main_effects_with_pure_error()
    {
        EffectDesign design = EffectDesign.Create(Factorial)!;
        ParameterEffect a = design.Test("a", ParameterLevels.Of(design.Cells, "a"), new Random(1), 100);
        ParameterEffect b = design.Test("b", ParameterLevels.Of(design.Cells, "b"), new Random(1), 100);
        Assert.True(design.IsBalancedFactorial);
        Assert.Equal(16, a.F, 9);
        Assert.Equal(36, b.F, 9);
        Assert.Equal(7.5 / 30.5, a.OmegaSquared, 9);
        Assert.Equal(17.5 / 30.5, b.OmegaSquared, 9);
        Assert.Equal(Distributions.FUpperTail(16, 1, 4), a.P, 12);
    }

    [Fact]
    public void One_level_per_config_reproduces_the_one_way_anova()
    {
        EffectDesign design = EffectDesign.Create(Factorial)!;
        ParameterEffect all = design.Test("config", [0, 1, 2, 3], new Random(1), 100);
        AnovaResult anova = OneWayAnova.Compute([.. Factorial.Select(c => c.Values)]);
        Assert.Equal(anova.F, all.F, 9);
        Assert.Equal(anova.OmegaSquared, all.OmegaSquared, 9);
    }

    [Fact]
    public void An_unbalanced_design_uses_a_permutation_p_that_is_never_zero()
    {
        EffectCell[] cells = [.. Factorial, Cell("a=x,b=w", 1, 1.2, 0.9)];
        EffectDesign design = EffectDesign.Create(cells)!;
        ParameterEffect b = design.Test("b", ParameterLevels.Of(design.Cells, "b"), new Random(3), 199);
        Assert.False(b.Exact);
        Assert.InRange(b.P, 1 / 200.0, 1);
    }

    [Fact]
    public void The_bootstrap_interval_of_omega_squared_covers_the_estimate()
    {
        EffectDesign design = EffectDesign.Create(Factorial)!;
        int[] levels = ParameterLevels.Of(design.Cells, "b");
        Interval ci = design.OmegaInterval(levels, new Random(5), 1000);
        double estimate = design.Test("b", levels, new Random(1), 10).OmegaSquared;
        output.WriteLine($"ω² {estimate}, CI [{ci.Low}, {ci.High}]");
        Assert.True(ci.Low <= estimate && estimate <= ci.High, $"[{ci.Low}, {ci.High}] vs {estimate}");
    }

    [Fact]
    public void Numeric_parameters_with_many_values_are_binned_into_at_most_five_quantile_bins_on_a_log_scale()
    {
        EffectCell[] cells = [.. Enumerable.Range(0, 20).Select(i => Cell($"lr={Math.Pow(10, -6 + (i * 0.2))}", i, i + 1))];
        int[] levels = ParameterLevels.Of(cells, "lr");
        Assert.Equal(5, levels.Distinct().Count());
        Assert.Equal([4, 4, 4, 4, 4], levels.Chunk(4).Select(c => c.Distinct().Count() == 1 ? 4 : 0).ToArray());
    }

    [Fact]
    public void Too_few_configs_or_no_replicate_seeds_give_no_design()
    {
        Assert.Null(EffectDesign.Create([Cell("a=x", 1, 2), Cell("a=y", 2, 3)]));
        Assert.Null(EffectDesign.Create([Cell("a=x", 1), Cell("a=y", 2), Cell("a=z", 3)]));
    }

    private static EffectCell Cell(string config, params double[] values) =>
        new(config, config.Split(',').ToImmutableSortedDictionary(p => p.Split('=')[0], p => p.Split('=')[1], StringComparer.Ordinal), values);
}
