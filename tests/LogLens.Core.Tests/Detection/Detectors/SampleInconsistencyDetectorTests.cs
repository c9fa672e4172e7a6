using System.Collections.Immutable;
using LogLens.Core.Configuration;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Detection.Samples;
using LogLens.Core.Model;
using Xunit.Abstractions;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>
/// docs/methods.md: one run, 200 prompts × 8 samples; stable prompts give their mode with p = .95 (the rest
/// split over two other answers), a fraction f of unstable prompts give it with p = .5 over 3 answers.
/// R = 200 (long mode: 2000).
/// </summary>
public sealed class SampleInconsistencyDetectorTests(ITestOutputHelper output)
{
    private static readonly int R = LongSimulations.Replicates(200);
    private static readonly Core.Detection.AnalysisOptions Options = new(Seed: 6, Resamples: 200, Permutations: 100);

    [Fact]
    public void A_run_of_stable_prompts_is_flagged_at_most_at_the_nominal_rate()
    {
        double rate = EvalRunSets.Rate(R, 606, rng => Flagged(Run(rng, 0.0, out _)));
        output.WriteLine($"P4 f = 0: run flag rate {rate:0.000}");
        Assert.InRange(rate, 0, EvalRunSets.FalsePositiveBound(R));
    }

    [Fact]
    public void A_run_with_ten_percent_unstable_prompts_is_flagged_at_least_ninety_percent_of_the_time()
    {
        double rate = EvalRunSets.Rate(R, 607, rng => Flagged(Run(rng, 0.1, out _)));
        output.WriteLine($"P4 f = 0.1: run flag rate {rate:0.000}");
        Assert.InRange(rate, EvalRunSets.PowerBound(R, 0.90), 1);
    }

    [Fact]
    public void At_least_eighty_percent_of_the_unstable_prompts_are_recognised()
    {
        int found = 0, total = 0;
        for (int r = 0; r < R; r++)
        {
            RunSet runs = Run(new Random(608 + r), 0.1, out HashSet<string> unstable);
            var prompts = runs.Runs[0].Samples.GroupBy(s => s.PromptId).Where(g => unstable.Contains(g.Key));
            found += prompts.Count(g => PromptAgreement.Of(g.Key, [.. g]).Unstable);
            total += unstable.Count;
        }

        double recall = (double)found / total;
        output.WriteLine($"P4 f = 0.1: prompt recall {recall:0.000}");
        Assert.InRange(recall, 0.80, 1);
    }

    private static bool Flagged(RunSet runs) => EvalRunSets.Detect(SampleInconsistencyDetector.Default, runs, Options).Count > 0;

    private static RunSet Run(Random rng, double f, out HashSet<string> unstable)
    {
        var samples = ImmutableArray.CreateBuilder<Sample>();
        unstable = [];
        for (int p = 0; p < 200; p++)
        {
            bool coin = p < 200 * f;
            string prompt = $"p{p:000}";
            if (coin)
            {
                unstable.Add(prompt);
            }

            for (int s = 0; s < 8; s++)
            {
                double u = rng.NextDouble();
                double mode = coin ? 0.5 : 0.95;
                string answer = u < mode ? "A" : u < mode + ((1 - mode) / 2) ? "B" : "C";
                samples.Add(new Sample(prompt, s, answer));
            }
        }

        return RunSet.Create([new Run("run", ["generic"], ImmutableSortedDictionary<string, string>.Empty, [], [], samples.ToImmutable())], LogLensConfig.Default);
    }

    [Fact]
    public void Prompts_with_fewer_than_three_samples_are_not_judged_for_consistency()
    {
        var runs = EvalRunSets.SampleSet([new Sample("q1", 0, "a"), new Sample("q1", 1, "b"), new Sample("q2", 0, "c"), new Sample("q2", 1, "d")]);

        Assert.Empty(EvalRunSets.Detect(SampleInconsistencyDetector.Default, runs));
    }
}
