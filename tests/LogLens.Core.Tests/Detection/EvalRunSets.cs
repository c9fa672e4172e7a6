using System.Collections.Immutable;
using LogLens.Core.Configuration;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Detection;

/// <summary>Builds run sets in memory for detector tests and simulations (no files).</summary>
internal static class EvalRunSets
{
    /// <summary>A series at steps first, first + every, ...</summary>
    public static MetricSeries Series(string name, double[] values, double every = 1, double first = 0) =>
        new(name, [.. Enumerable.Range(0, values.Length).Select(i => first + (i * every))], values);

    /// <summary>A run with params (key=value pairs), series and scores.</summary>
    public static Run Run(string id, IEnumerable<(string Key, string Value)>? parameters = null, IEnumerable<MetricSeries>? series = null, IEnumerable<Score>? scores = null) =>
        new(
            id,
            ["generic"],
            (parameters ?? []).ToImmutableSortedDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            [.. (series ?? []).OrderBy(s => s.Name, StringComparer.Ordinal)],
            [.. scores ?? []],
            []);

    /// <summary>A run holding only series.</summary>
    public static Run Run(string id, params MetricSeries[] series) => Run(id, null, series);

    /// <summary>RunSet.Create with the default (or given) config.</summary>
    public static RunSet Set(IEnumerable<Run> runs, LogLensConfig? config = null) => RunSet.Create(runs, config ?? LogLensConfig.Default);

    /// <summary>A set of one parameterless run holding only <paramref name="samples"/>.</summary>
    public static RunSet SampleSet(IEnumerable<Sample> samples) =>
        Set([new Run("run", ["generic"], ImmutableSortedDictionary<string, string>.Empty, [], [], [.. samples])]);

    /// <summary>Runs one detector.</summary>
    public static IReadOnlyList<Finding> Detect(IDetector detector, RunSet set, AnalysisOptions? options = null) =>
        [.. detector.Detect(new AnalysisContext(set, options))];

    /// <summary>Runs one detector on a single-run set.</summary>
    public static IReadOnlyList<Finding> Detect(IDetector detector, Run run) => Detect(detector, Set([run]));

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double Normal(Random random)
    {
        double u = 1 - random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * random.NextDouble());
    }

    /// <summary>Stationary AR(1) noise with marginal SD <paramref name="sd"/>.</summary>
    public static double[] Ar1(Random random, int n, double phi, double sd)
    {
        var e = new double[n];
        double innovation = sd * Math.Sqrt(1 - (phi * phi));
        e[0] = sd * Normal(random);
        for (int i = 1; i < n; i++)
        {
            e[i] = (phi * e[i - 1]) + (innovation * Normal(random));
        }

        return e;
    }

    /// <summary>Fraction of R replicates for which <paramref name="flagged"/> holds; replicate r gets Random(masterSeed + r).</summary>
    public static double Rate(int replicates, int masterSeed, Func<Random, bool> flagged)
    {
        int hits = 0;
        for (int r = 0; r < replicates; r++)
        {
            hits += flagged(new Random(masterSeed + r)) ? 1 : 0;
        }

        return (double)hits / replicates;
    }

    /// <summary>The FPR bound α + 2.6·√(α(1−α)/R) (docs/methods.md).</summary>
    public static double FalsePositiveBound(int replicates, double alpha = 0.05) => alpha + (2.6 * Math.Sqrt(alpha * (1 - alpha) / replicates));

    /// <summary>The power bound target − 2.6·√(target(1−target)/R) (docs/methods.md).</summary>
    public static double PowerBound(int replicates, double target) => target - (2.6 * Math.Sqrt(target * (1 - target) / replicates));
}
