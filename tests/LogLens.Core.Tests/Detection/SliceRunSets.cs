using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Configuration;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Detection;

/// <summary>
/// METHODS §4 P6 slice generator: a 4 (lr) × 3 (batch) × 3 (warmup) grid × seeds; each run answers
/// <c>common</c> prompts (p = .70, +<c>shift</c> at the best lr) and <c>edge</c> prompts (p = .60, and
/// +<c>edgeShift</c> at the best lr), one sample per prompt with <c>correct</c>.
/// </summary>
internal static class SliceRunSets
{
    public static RunSet Grid(Random rng, double shift, double edgeShift, int seeds = 2, int common = 160, int edge = 50)
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

        return RunSet.Create(runs, LogLensConfig.Default);
    }

    /// <summary><paramref name="count"/> prompts of one slice, one sample each, correct with probability <paramref name="p"/>.</summary>
    public static IEnumerable<Sample> Prompts(Random rng, string slice, int count, double p) =>
        Enumerable.Range(0, count).Select(i => new Sample($"{slice}-{i:000}", 0, "x", Correct: rng.NextDouble() < p, Slice: slice)).ToList();
}
