using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Configuration;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Detection;

/// <summary>In-memory run sets for the seed-noise and across-dataset detectors and the comparer (docs/methods.md generators).</summary>
internal static class NoiseRunSets
{
    public const string Metric = "eval/accuracy";

    /// <summary>One run per (config, seed) with a final score per dataset; config is "key=value[,key=value]".</summary>
    public static RunSet Build(IEnumerable<(string Config, string Dataset, int Seed, double Value)> rows, bool higherIsBetter = true, bool withSeeds = true, double? businessDelta = null)
    {
        var runs = rows
            .GroupBy(r => (r.Config, r.Seed))
            .Select(g =>
            {
                var p = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
                foreach (string pair in g.Key.Config.Split(','))
                {
                    p[pair[..pair.IndexOf('=', StringComparison.Ordinal)]] = pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..];
                }

                if (withSeeds)
                {
                    p["seed"] = g.Key.Seed.ToString(CultureInfo.InvariantCulture);
                }

                return new Run(
                    $"{g.Key.Config}/s{g.Key.Seed}", ["generic"], p.ToImmutable(), [],
                    [.. g.Select(r => new Score(r.Dataset, Metric, r.Value))], []);
            });
        var config = LogLensConfig.Default with
        {
            Metrics = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, MetricSetting>(Metric, new MetricSetting(MetricRole.Business, higherIsBetter))]),
        };
        if (businessDelta is double delta)
        {
            config = config with { Thresholds = config.Thresholds with { BusinessDelta = delta } };
        }

        return RunSet.Create(runs, config);
    }

    /// <summary>docs/methods.md: <paramref name="configs"/> × <paramref name="seeds"/> N(0,1) with config c00 shifted by <paramref name="shift"/>, plus an optional between-config SD.</summary>
    /// <remarks><paramref name="businessDelta"/> is the config difference that would matter, in noise SDs (LL601 must exclude it).</remarks>
    public static RunSet P2(Random rng, double shift, int configs = 10, int seeds = 5, double betweenSd = 0, double? businessDelta = null)
    {
        var rows = new List<(string, string, int, double)>();
        for (int c = 0; c < configs; c++)
        {
            double mean = (c == 0 ? shift : 0) + (betweenSd * EvalRunSets.Normal(rng));
            for (int s = 0; s < seeds; s++)
            {
                rows.Add(($"cfg=c{c:00}", "digits", s, mean + EvalRunSets.Normal(rng)));
            }
        }

        return Build(rows, businessDelta: businessDelta);
    }

    /// <summary>docs/methods.md: baseline "cfg=base" and candidate "cfg=cand" on datasets with σ_d ~ U(0.5, 2); the candidate gets shift[d]·σ_d.</summary>
    public static RunSet P3(Random rng, double[] shifts, int seeds = 5)
    {
        var rows = new List<(string, string, int, double)>();
        for (int d = 0; d < shifts.Length; d++)
        {
            double sigma = 0.5 + (1.5 * rng.NextDouble());
            double level = 10 * rng.NextDouble();
            for (int s = 0; s < seeds; s++)
            {
                rows.Add(("cfg=base", $"ds{d}", s, level + (sigma * EvalRunSets.Normal(rng))));
                rows.Add(("cfg=cand", $"ds{d}", s, level + (shifts[d] * sigma) + (sigma * EvalRunSets.Normal(rng))));
            }
        }

        return Build(rows);
    }
}
