using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Configuration;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Detection;

/// <summary>
/// docs/methods.md slice generator: a 4 (lr) × 3 (batch) × 3 (warmup) grid × seeds; each run answers
/// <c>common</c> prompts (p = .70, +<c>shift</c> at the best lr) and <c>edge</c> prompts (p = .60, and
/// +<c>edgeShift</c> at the best lr), one sample per prompt with <c>correct</c>.
/// </summary>
internal static class SliceRunSets
{
    /// <summary>
    /// With <paramref name="asScores"/> each run logs scores instead of samples — "all", and the slices "common" and
    /// "edge" as datasets declared under <c>slices:</c> — the same draws at a fraction of the cost.
    /// </summary>
    public static RunSet Grid(Random rng, double shift, double edgeShift, int seeds = 2, int common = 160, int edge = 50, bool asScores = false)
    {
        var runs = new List<Run>();
        for (int l = 0; l < TuningRunSets.LearningRates.Length; l++)
        {
            for (int b = 0; b < 3; b++)
            {
                for (int w = 0; w < 3; w++)
                {
                    for (int s = 0; s < seeds; s++)
                    {
                        var p = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
                        {
                            ["lr"] = TuningRunSets.LearningRates[l].ToString("R", CultureInfo.InvariantCulture),
                            ["batch"] = (16 << b).ToString(CultureInfo.InvariantCulture),
                            ["warmup"] = (w * 50).ToString(CultureInfo.InvariantCulture),
                            ["seed"] = s.ToString(CultureInfo.InvariantCulture),
                        });
                        bool best = l == 3;
                        if (asScores)
                        {
                            int c = Successes(rng, common, 0.70 + (best ? shift : 0)), e = Successes(rng, edge, 0.60 + (best ? edgeShift : 0));
                            runs.Add(new Run($"lr{l}-b{b}-w{w}/s{s}", ["generic"], p, [], [new Score("all", "accuracy", (double)(c + e) / (common + edge), common + edge), new Score("common", "accuracy", (double)c / common, common), new Score("edge", "accuracy", (double)e / edge, edge)], []));
                            continue;
                        }

                        ImmutableArray<Sample> samples =
                        [
                            .. Prompts(rng, "common", common, 0.70 + (best ? shift : 0)),
                            .. Prompts(rng, "edge", edge, 0.60 + (best ? edgeShift : 0)),
                        ];
                        runs.Add(new Run($"lr{l}-b{b}-w{w}/s{s}", ["generic"], p, [], [], samples));
                    }
                }
            }
        }

        return RunSet.Create(runs, asScores ? ScoreSlices : LogLensConfig.Default);
    }

    private static readonly LogLensConfig ScoreSlices = LogLensConfig.Default with
    {
        Slices = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("common", ImmutableArray.Create("common")), KeyValuePair.Create("edge", ImmutableArray.Create("edge"))]),
    };

    private static int Successes(Random rng, int n, double p)
    {
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            k += rng.NextDouble() < p ? 1 : 0;
        }

        return k;
    }

    /// <summary><paramref name="count"/> prompts of one slice, one sample each, correct with probability <paramref name="p"/>.</summary>
    public static IEnumerable<Sample> Prompts(Random rng, string slice, int count, double p) =>
        Enumerable.Range(0, count).Select(i => new Sample($"{slice}-{i:000}", 0, "x", Correct: rng.NextDouble() < p, Slice: slice)).ToList();
}
