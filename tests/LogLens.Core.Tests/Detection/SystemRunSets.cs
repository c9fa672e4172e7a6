using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Configuration;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Detection;

/// <summary>In-memory sweeps with samples and retrieval/generation parameters for the LL4xx/LL5xx detectors and their simulations.</summary>
internal static class SystemRunSets
{
    public const string Metric = "eval/answer_quality";

    /// <summary>R for the simulations: 200 in CI, 2000 with LOGLENS_LONG_SIMULATIONS=1 (docs/methods.md).</summary>
    public static int Replicates => Environment.GetEnvironmentVariable("LOGLENS_LONG_SIMULATIONS") == "1" ? 2000 : 200;

    /// <summary>One run of a sweep: parameters, seed, business value (null: none) and samples.</summary>
    public sealed record RunSpec(IReadOnlyList<(string Key, string Value)> Params, int Seed, double? Value, IReadOnlyList<Sample> Samples);

    /// <summary>Builds the run set; the business metric is configured (higher is better).</summary>
    public static RunSet Build(IEnumerable<RunSpec> specs, LogLensConfig? config = null)
    {
        var runs = specs.Select((s, i) =>
        {
            var p = s.Params.ToImmutableSortedDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal)
                .Add("seed", s.Seed.ToString(CultureInfo.InvariantCulture));
            string id = string.Join("_", s.Params.Select(x => x.Key + "-" + x.Value)) + "/s" + s.Seed.ToString(CultureInfo.InvariantCulture);
            return new Run(id, ["generic"], p, [], s.Value is double v ? [new Score("rag", Metric, v)] : [], [.. s.Samples]);
        });
        LogLensConfig baseConfig = config ?? LogLensConfig.Default;
        return RunSet.Create(runs, baseConfig with
        {
            Metrics = baseConfig.Metrics.SetItem(Metric, new MetricSetting(MetricRole.Business, true)),
        });
    }

    /// <summary>Every combination of the given parameter levels.</summary>
    public static IEnumerable<(string Key, string Value)[]> Grid(params (string Key, string[] Levels)[] parameters)
    {
        List<(string Key, string Value)[]> result = [[]];
        foreach ((string key, string[] levels) in parameters)
        {
            result = [.. result.SelectMany(r => levels.Select(l => ((string Key, string Value)[])[.. r, (key, l)]))];
        }

        return result;
    }

    /// <summary>Index of a parameter's level within its level list.</summary>
    public static int Level((string Key, string Value)[] config, string key, string[] levels) => Array.IndexOf(levels, config.First(p => p.Key == key).Value);

    /// <summary>A must-refuse sample: refused or not, with an answer text when not.</summary>
    public static Sample MustRefuse(string prompt, int index, bool refused, string answer = "Sure, here is how.", string? slice = "must_refuse") =>
        new(prompt, index, refused ? "I'm sorry, but I can't help with that." : answer, Slice: slice, Expect: "refuse", Refused: refused);

    /// <summary>A standard normal draw.</summary>
    public static double Normal(Random rng) => EvalRunSets.Normal(rng);
}
