using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Statistics;
using LogLens.Core.Tests.Detection;
using Xunit.Abstractions;

namespace LogLens.Core.Tests.Statistics;

/// <summary>
/// The parameter-effect engine (docs/methods.md "Parameter effects"): per-parameter F, p and ω² against hand-computed
/// two-way ANOVA values and scipy, the one rule for when F is exact, permutation fallback, non-finite values, binning,
/// bootstrap intervals, the expected maximum; and by simulation its false-positive rate under a nuisance effect.
/// </summary>
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
        ParameterEffect a = design.Test("a", new Random(1), 100);
        ParameterEffect b = design.Test("b", new Random(1), 100);
        Assert.True(a.Exact && b.Exact);
        Assert.Equal(16, a.F, 9);
        Assert.Equal(36, b.F, 9);
        Assert.Equal(7.5 / 30.5, a.OmegaSquared, 9);
        Assert.Equal(17.5 / 30.5, b.OmegaSquared, 9);

        // scipy.stats.f.sf(16, 1, 4) = 0.016130089900092...
        Assert.Equal(0.0161300899000925, a.P, 12);
        Assert.Equal(["x", "y"], a.Levels.ToArray());
        Assert.Equal([2.0, 4.0], a.LevelMeans.ToArray());
        Assert.Equal([4, 4], a.LevelRuns.ToArray());
        Assert.Equal(2, a.Range, 12);
        Assert.Equal(Math.Sqrt(0.5), design.PureErrorSd, 12);
    }

    [Fact]
    public void The_joint_levels_of_every_parameter_reproduce_the_one_way_anova_over_configs()
    {
        EffectDesign design = EffectDesign.Create(Factorial)!;
        ParameterEffect all = design.Test("config", ["a", "b"], new Random(1), 100);
        AnovaResult anova = OneWayAnova.Compute([.. Factorial.Select(c => c.Values)]);
        Assert.Equal(4, all.Levels.Length);
        Assert.Equal("a=x, b=u", all.Levels[0]);
        Assert.Equal(anova.F, all.F, 9);
        Assert.Equal(anova.P, all.P, 9);
        Assert.Equal(anova.OmegaSquared, all.OmegaSquared, 9);
    }

    [Fact]
    public void With_one_parameter_the_f_test_equals_one_way_anova_over_configs()
    {
        double[][] groups = [[0.61, 0.63, 0.60], [0.66, 0.69, 0.65], [0.70, 0.68, 0.73]];
        EffectDesign design = EffectDesign.Create([.. groups.Select((g, i) => Cell($"lr={i}", g))])!;
        ParameterEffect lr = design.AnalyzeAll(_ => new Random(1), 0)!.Effects.Single();
        AnovaResult anova = OneWayAnova.Compute(groups);
        Assert.True(lr.Exact);
        Assert.Equal(anova.F, lr.F, 9);
        Assert.Equal(anova.P, lr.P, 9);
    }

    [Fact]
    public void A_parameter_crossed_with_the_others_is_exact_even_when_the_design_is_not_a_full_factorial()
    {
        // a is crossed with the (b, c) settings {u1, v2}; b and c are confounded, so neither is crossed with the other.
        EffectCell[] cells = [Cell("a=x,b=u,c=1", 1, 2), Cell("a=y,b=u,c=1", 2, 3), Cell("a=x,b=v,c=2", 4, 5), Cell("a=y,b=v,c=2", 6, 7)];
        EffectDesign design = EffectDesign.Create(cells)!;
        ParameterEffect a = design.Test("a", new Random(1), 199);
        ParameterEffect b = design.Test("b", new Random(1), 199);

        // Level means a=x 3, a=y 4.5; SS_a = 4·(0.75²·2) = 4.5, MS_pure = 4·0.5/4 = 0.5, F = 9.
        Assert.True(a.Exact);
        Assert.Equal(9, a.F, 9);
        Assert.Equal(Distributions.FUpperTail(9, 1, 4), a.P, 12);
        Assert.False(b.Exact);
        Assert.InRange(b.P, 1 / 200.0, 1);
    }

    [Fact]
    public void An_unbalanced_design_uses_a_permutation_p_that_is_never_zero()
    {
        EffectCell[] cells = [.. Factorial, Cell("a=x,b=w", 1, 1.2, 0.9)];
        EffectDesign design = EffectDesign.Create(cells)!;
        ParameterEffect b = design.Test("b", new Random(3), 199);
        Assert.False(b.Exact);
        Assert.InRange(b.P, 1 / 200.0, 1);
    }

    [Fact]
    public void Binned_levels_are_never_treated_as_exact()
    {
        EffectCell[] cells = [.. Enumerable.Range(0, 12).Select(i => Cell(Inv($"lr={Math.Pow(10, -6 + (i * 0.3))}"), i, i + 0.5))];
        ParameterEffect lr = EffectDesign.Create(cells)!.Test("lr", new Random(2), 99);
        Assert.InRange(lr.Levels.Length, 2, ParameterLevels.MaxLevels);
        Assert.False(lr.Exact);
    }

    [Fact]
    public void A_non_finite_value_is_a_missing_run_and_its_config_keeps_its_other_seeds()
    {
        EffectCell[] cells = [Cell("a=x,b=u", 0.5, 1.5, double.NaN), .. Factorial[1..]];
        EffectDesign design = EffectDesign.Create(cells)!;
        Assert.Equal(4, design.Cells.Count);
        Assert.Equal(8, design.N);
        Assert.Equal(16, design.Test("a", new Random(1), 10).F, 9);
        Assert.Null(EffectDesign.Create([Cell("a=x", double.NaN, double.NaN), Cell("a=y", 1, 2), Cell("a=z", 2, 3)]));
    }

    [Fact]
    public void Each_parameter_gets_its_own_random_stream_so_adding_one_does_not_change_another()
    {
        EffectCell[] cells = [.. Factorial, Cell("a=x,b=w", 1, 1.2, 0.9)];
        EffectDesign design = EffectDesign.Create(cells)!;
        double alone = design.TestEach(["b"], p => new Random(p.Length), 199).Single().P;
        double together = design.TestEach(["a", "b"], p => new Random(p.Length), 199).Single(e => e.Parameter == "b").P;
        Assert.Equal(alone, together);
    }

    [Fact]
    public void Identical_values_everywhere_give_undefined_effects_that_move_nothing()
    {
        EffectCell[] cells = [Cell("a=x,b=u", 0.5, 0.5), Cell("a=x,b=v", 0.5, 0.5), Cell("a=y,b=u", 0.5, 0.5), Cell("a=y,b=v", 0.5, 0.5)];
        EffectAnalysis analysis = EffectDesign.Create(cells)!.AnalyzeAll(_ => new Random(1), 10)!;
        Assert.All(analysis.Effects, e => Assert.False(e.Moves(0.05, 0.01)));
        Assert.All(analysis.Effects, e => Assert.True(double.IsNaN(e.F)));
    }

    [Fact]
    public void An_effect_without_any_seed_noise_is_infinite_and_moves_the_metric()
    {
        EffectCell[] cells = [Cell("a=x", 1, 1), Cell("a=y", 2, 2), Cell("a=z", 3, 3)];
        EffectAnalysis analysis = EffectDesign.Create(cells)!.AnalyzeAll(_ => new Random(1), 10)!;
        ParameterEffect a = analysis.Effects.Single();
        Assert.True(double.IsPositiveInfinity(a.F));
        Assert.Equal(0, a.P);
        Assert.True(a.Moves(0.05, 0.01));
    }

    [Fact]
    public void The_range_interval_uses_pure_error_on_its_degrees_of_freedom()
    {
        EffectAnalysis analysis = EffectDesign.Create(Factorial)!.AnalyzeAll(_ => new Random(1), 10)!;
        ParameterEffect a = analysis.Effects.Single(e => e.Parameter == "a");
        Interval ci = analysis.RangeInterval(a);

        // t_{0.975, 4} = 2.7764451051977987 (scipy.stats.t.ppf); half width t·√0.5·√(1/4 + 1/4) = t·0.5.
        Assert.Equal(2 - (2.7764451051977987 * 0.5), ci.Low, 9);
        Assert.Equal(2 + (2.7764451051977987 * 0.5), ci.High, 9);
    }

    [Fact]
    public void The_bootstrap_interval_of_omega_squared_covers_the_estimate()
    {
        EffectDesign design = EffectDesign.Create(Factorial)!;
        ParameterEffect b = design.Test("b", new Random(1), 10);
        Interval ci = design.OmegaInterval(b, new Random(5), 1000);
        output.WriteLine($"ω² {b.OmegaSquared}, CI [{ci.Low}, {ci.High}]");
        Assert.True(ci.Low <= b.OmegaSquared && b.OmegaSquared <= ci.High, $"[{ci.Low}, {ci.High}] vs {b.OmegaSquared}");
    }

    [Fact]
    public void Numeric_parameters_with_many_values_are_binned_into_at_most_five_quantile_bins_on_a_log_scale()
    {
        string[] values = [.. Enumerable.Range(0, 20).Select(i => Math.Pow(10, -6 + (i * 0.2)).ToString("R", CultureInfo.InvariantCulture))];
        ParameterLevels levels = ParameterLevels.Of(values);
        Assert.True(levels.Binned);
        Assert.Equal(5, levels.Labels.Length);
        Assert.Equal([4, 4, 4, 4, 4], levels.OfCell.Chunk(4).Select(c => c.Distinct().Count() == 1 ? 4 : 0).ToArray());
        Assert.Equal(levels.OfCell.Order(), levels.OfCell);
    }

    [Fact]
    public void Too_few_configs_or_no_replicate_seeds_give_no_design()
    {
        Assert.Null(EffectDesign.Create([Cell("a=x", 1, 2), Cell("a=y", 2, 3)]));
        Assert.Null(EffectDesign.Create([Cell("a=x", 1), Cell("a=y", 2), Cell("a=z", 3)]));
    }

    [Fact]
    public void The_expected_maximum_runs_from_the_mean_at_one_draw_to_the_maximum_at_many()
    {
        Assert.Equal(2, ExpectedMaximum.Of([1, 2, 3], 1), 12);
        Assert.Equal(3, ExpectedMaximum.Of([1, 2, 3], 200), 9);

        // Two draws from {1, 2, 3}: P(max = 1) = 1/9, P(2) = 3/9, P(3) = 5/9 → 22/9.
        Assert.Equal(22 / 9.0, ExpectedMaximum.Of([3, 1, 2], 2), 12);
    }

    [Fact]
    public void Under_a_strong_nuisance_effect_in_an_unbalanced_design_a_null_parameter_is_rejected_at_most_at_the_nominal_rate()
    {
        // 3 × 2 grid minus one config, 3 seeds; b moves the metric by 3σ, a does nothing. The permutation p of a must hold α.
        int r = LongSimulations.Replicates(200);
        int rejected = 0;
        for (int i = 0; i < r; i++)
        {
            var rng = new Random(7000 + i);
            EffectCell[] cells =
            [
                .. from a in Enumerable.Range(0, 3)
                   from b in Enumerable.Range(0, 2)
                   where !(a == 2 && b == 1)
                   select Cell(Inv($"a={a},b={b}"), [.. Enumerable.Range(0, 3).Select(_ => (3.0 * b) + Normal(rng))]),
            ];
            rejected += EffectDesign.Create(cells)!.Test("a", new Random(i), 199).P <= 0.05 ? 1 : 0;
        }

        double rate = (double)rejected / r;
        output.WriteLine($"null a, nuisance b 3σ, unbalanced: rejection rate {rate:0.000} (R = {r})");
        Assert.InRange(rate, 0, 0.05 + (2.6 * Math.Sqrt(0.05 * 0.95 / r)));
    }

    private static double Normal(Random rng) => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static EffectCell Cell(string config, params double[] values) =>
        new(config, config.Split(',').ToImmutableSortedDictionary(p => p.Split('=')[0], p => p.Split('=')[1], StringComparer.Ordinal), values);
}
