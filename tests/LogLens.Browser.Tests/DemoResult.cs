using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Analysis;
using LogLens.Core.Configuration;
using LogLens.Core.Detection;
using LogLens.Core.Model;

namespace LogLens.Browser.Tests;

/// <summary>
/// A realistic sweep analysed by the real detectors: three learning rates × three seeds, eval loss falling while
/// accuracy stays flat, config differences within seed noise, and a gain on one dataset that reverses on another.
/// </summary>
public static class DemoResult
{
    private static readonly string[] Rates = ["0.0001", "0.0002", "0.0005"];

    public static AnalysisResult Create()
    {
        var rng = new Random(7);
        var runs = new List<Run>();
        for (int c = 0; c < Rates.Length; c++)
        {
            for (int seed = 0; seed < 3; seed++)
            {
                runs.Add(MakeRun(rng, c, seed));
            }
        }

        RunSet set = RunSet.Create(runs, LogLensConfig.Default, [], ["runs/sweep-2024"]);
        return Analyzer.Analyze(set, new AnalysisOptions(Resamples: 300, Permutations: 500), paths: ["runs/sweep-2024"]);
    }

    private static Run MakeRun(Random rng, int config, int seed)
    {
        const int points = 24;
        double[] steps = [.. Enumerable.Range(1, points).Select(i => i * 250.0)];
        double rate = 0.6 + (0.25 * config);
        double[] trainLoss = [.. steps.Select((s, i) => (2.2 * Math.Exp(-rate * i / 6.0)) + 0.25 + (0.02 * Noise(rng)))];
        double[] evalLoss = [.. steps.Select((s, i) => (1.9 * Math.Exp(-rate * i / 8.0)) + 0.45 + (0.015 * Noise(rng)))];
        double[] accuracy = [.. steps.Select((s, i) => Math.Min(0.71, 0.45 + (0.05 * i)) + (0.012 * Noise(rng)))];
        double digits = 0.705 + (0.004 * config) + (0.012 * Noise(rng));
        double wine = 0.64 + (config == 2 ? -0.03 : 0.01 * config) + (0.01 * Noise(rng));
        string id = $"sweep-2024/lr{Rates[config]}-seed{seed}";
        return new Run(
            id,
            ["generic"],
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
            {
                ["learning_rate"] = Rates[config],
                ["batch_size"] = "16",
                ["epochs"] = "3",
                ["seed"] = seed.ToString(CultureInfo.InvariantCulture),
            }),
            [new MetricSeries("eval/accuracy", steps, accuracy), new MetricSeries("eval/loss", steps, evalLoss), new MetricSeries("train/loss", steps, trainLoss)],
            [new Score("digits", "eval/accuracy", digits), new Score("wine", "eval/accuracy", wine)],
            [new Sample("p-017", 0, "The refund window is 30 days from delivery.", Expected: "30 days", Correct: true)]);
    }

    private static double Noise(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
