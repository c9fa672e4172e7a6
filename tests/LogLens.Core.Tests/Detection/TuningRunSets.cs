using System.Globalization;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Detection;

/// <summary>docs/methods.md generator: a 4 (lr) × 3 (batch) × 3 (warmup) grid × seeds of N(0, 1), only lr may matter.</summary>
internal static class TuningRunSets
{
    public static readonly double[] LearningRates = [1e-5, 3e-5, 1e-4, 3e-4];

    /// <summary>The best learning rate (3e-4) is <paramref name="lrEffect"/> σ above the others, like P2's "one config shifted by d".</summary>
    public static RunSet Grid(Random rng, double lrEffect, int seeds = 3, string dataset = "digits")
    {
        var rows = new List<(string, string, int, double)>();
        for (int l = 0; l < LearningRates.Length; l++)
        {
            for (int b = 0; b < 3; b++)
            {
                for (int w = 0; w < 3; w++)
                {
                    string config = string.Create(CultureInfo.InvariantCulture, $"lr={LearningRates[l]},batch={16 << b},warmup={w * 50}");
                    for (int s = 0; s < seeds; s++)
                    {
                        rows.Add((config, dataset, s, (l == 3 ? lrEffect : 0) + EvalRunSets.Normal(rng)));
                    }
                }
            }
        }

        return NoiseRunSets.Build(rows);
    }
}
