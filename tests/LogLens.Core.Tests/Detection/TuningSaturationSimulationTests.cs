using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Detection.Sweeps;
using LogLens.Core.Model;
using LogLens.Core.Statistics;
using Xunit.Abstractions;

namespace LogLens.Core.Tests.Detection;

/// <summary>docs/methods.md: 4×3×3 grid × 3 seeds, only lr matters (its best level +1σ); R = 200 (long mode: 2000).</summary>
public sealed class TuningSaturationSimulationTests(ITestOutputHelper output)
{
    private static readonly int R = LongSimulations.Replicates(200);
    private static readonly AnalysisOptions Options = new(Seed: 5, Resamples: 100, Permutations: 200);

    [Fact]
    public void The_false_discovery_rate_over_null_parameters_stays_at_the_nominal_level()
    {
        double fdr = Mean(901, 1.0, a =>
        {
            int falseHits = a.Effects.Count(e => e.Parameter != "lr" && e.Q <= 0.05);
            int hits = a.Effects.Count(e => e.Q <= 0.05);
            return hits == 0 ? 0 : (double)falseHits / hits;
        });
        Assert.InRange(fdr, 0, EvalRunSets.FalsePositiveBound(R));
    }

    [Fact]
    public void A_one_sigma_learning_rate_effect_is_found_at_least_ninety_percent_of_the_time()
    {
        double found = Mean(902, 1.0, a => a.Effects.Single(e => e.Parameter == "lr").Moves(0.05, 0.01) ? 1 : 0);
        Assert.InRange(found, EvalRunSets.PowerBound(R, 0.90), 1);
    }

    [Fact]
    public void Without_any_effect_tuning_saturated_is_reported_at_least_ninety_percent_of_the_time()
    {
        double flagged = Rate(903, 0.0);
        Assert.InRange(flagged, EvalRunSets.PowerBound(R, 0.90), 1);
    }

    [Fact]
    public void With_a_one_sigma_learning_rate_effect_tuning_saturated_is_rarely_reported()
    {
        double flagged = Rate(904, 1.0);
        Assert.InRange(flagged, 0, EvalRunSets.FalsePositiveBound(R));
    }

    [Fact]
    public void The_omega_squared_threshold_is_the_practical_margin_of_the_verdicts_parameter_list()
    {
        RunSet runs = TuningRunSets.Grid(new Random(11), 3.0);
        Assert.Contains(VerdictParameters.Compute(new AnalysisContext(runs, Options)), p => p.Parameter == "lr");
        RunSet strict = RunSet.Create(runs.Runs, runs.Config with { Thresholds = runs.Config.Thresholds with { OmegaSquared = 0.999 } });
        Assert.Empty(VerdictParameters.Compute(new AnalysisContext(strict, Options)));
    }

    private double Rate(int masterSeed, double lrEffect)
    {
        double rate = EvalRunSets.Rate(R, masterSeed, rng =>
            EvalRunSets.Detect(TuningSaturatedDetector.Default, TuningRunSets.Grid(rng, lrEffect), Options).Any(f => f.Code == "LL901"));
        output.WriteLine($"P6 LL901, lr effect {lrEffect}σ: rate {rate:0.000} (R = {R})");
        return rate;
    }

    private double Mean(int masterSeed, double lrEffect, Func<EffectAnalysis, double> measure)
    {
        double total = 0;
        for (int r = 0; r < R; r++)
        {
            RunSet runs = TuningRunSets.Grid(new Random(masterSeed + r), lrEffect);
            var context = new AnalysisContext(runs, Options);
            var metric = runs.Metrics[NoiseRunSets.Metric];
            total += measure(EffectDesign.Create(SweepCells.Of(context, metric, "digits"))!.AnalyzeAll(p => context.Random("test", p), Options.Permutations)!);
        }

        output.WriteLine($"P6 effects, lr effect {lrEffect}σ: mean {total / R:0.000} (R = {R})");
        return total / R;
    }
}
