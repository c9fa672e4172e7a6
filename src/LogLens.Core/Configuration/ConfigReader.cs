using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace LogLens.Core.Configuration;

/// <summary>Validates a parsed loglens.yaml against the schema and builds the <see cref="LogLensConfig"/>.</summary>
internal sealed class ConfigReader(string path)
{
    private static readonly string[] TopKeys =
        ["metrics", "seed_keys", "dataset_key", "dataset_keys", "ignore_keys", "slices", "parameter_groups", "thresholds", "studies", "suppress"];

    private static readonly string[] SuppressKeys = ["code", "id", "reason"];

    private static readonly string[] SystemTopKeys = ["refusal_pattern"];

    private static readonly string[] SystemThresholdKeys = ["rule_tolerance", "confident_agreement"];

    private static readonly string[] MetricKeys = ["role", "direction"];

    private static readonly string[] ThresholdKeys =
        ["alpha", "business_delta", "omega_squared", "icc_noise", "proxy_tau", "rank_agreement_w", "min_checkpoints", "min_configs", "overfit_rise",
            "power", "num_classes"];

    public LogLensConfig Read(YamlNode root)
    {
        LogLensConfig config = LogLensConfig.Default;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach ((YamlNode keyNode, YamlNode value) in Mapping(root, "the top level").Children)
        {
            string key = Key(keyNode, [.. TopKeys, .. SystemTopKeys], "top-level key");
            if (key.StartsWith("dataset_key", StringComparison.Ordinal) && !seen.Add("dataset_key"))
            {
                throw Error(keyNode, "give either dataset_key or dataset_keys, not both");
            }

            config = key switch
            {
                "metrics" => config with { Metrics = Metrics(value) },
                "seed_keys" => config with { SeedKeys = List(value, key) },
                "dataset_key" => config with { DatasetKeys = [Text(value, key)] },
                "dataset_keys" => config with { DatasetKeys = List(value, key) },
                "ignore_keys" => config with { IgnoreKeys = List(value, key) },
                "slices" => config with { Slices = ListMap(value, key) },
                "parameter_groups" => config with { ParameterGroups = ListMap(value, key) },
                "refusal_pattern" => config with { RefusalPattern = Pattern(value, key) },
                "suppress" => config with { Suppressions = Suppressions(value) },
                "studies" => config with
                {
                    PoolStudies = Text(value, key).ToLowerInvariant() switch
                    {
                        "pool" => true,
                        "separate" => false,
                        string other => throw Error(value, $"studies must be pool or separate, not '{other}'"),
                    },
                },
                _ => config with { Thresholds = Thresholds(value) },
            };
        }

        return config;
    }

    private ImmutableArray<Suppression> Suppressions(YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
        {
            throw Error(node, "suppress must be a list of entries (- code: LL304\n  reason: ...)");
        }

        var result = ImmutableArray.CreateBuilder<Suppression>();
        foreach (YamlNode entry in sequence.Children)
        {
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach ((YamlNode keyNode, YamlNode value) in Mapping(entry, "a suppress entry").Children)
            {
                string key = Key(keyNode, SuppressKeys, "key of a suppress entry");
                fields[key] = Text(value, key).Trim();
            }

            string? code = fields.GetValueOrDefault("code"), id = fields.GetValueOrDefault("id");
            if ((code is null) == (id is null))
            {
                throw Error(entry, "a suppress entry names either a code or a finding id");
            }

            if (code is not null && !Findings.FindingCatalog.TryGet(code.ToUpperInvariant(), out _))
            {
                throw Error(entry, $"suppress: unknown finding code '{code}' (see 'loglens rules')");
            }

            if (string.IsNullOrWhiteSpace(fields.GetValueOrDefault("reason")))
            {
                throw Error(entry, $"suppress entry {(code is not null ? "code " + code : "id " + id)} needs a reason");
            }

            result.Add(new Suppression(code?.ToUpperInvariant(), id, fields["reason"], (int)entry.Start.Line));
        }

        return result.ToImmutable();
    }

    private ImmutableSortedDictionary<string, MetricSetting> Metrics(YamlNode node)
    {
        var result = ImmutableSortedDictionary.CreateBuilder<string, MetricSetting>(StringComparer.Ordinal);
        foreach ((YamlNode nameNode, YamlNode settingNode) in Mapping(node, "metrics").Children)
        {
            string name = Text(nameNode, "metric name");
            MetricRole? role = null;
            bool? higher = null;
            foreach ((YamlNode keyNode, YamlNode value) in Mapping(settingNode, $"metric '{name}'").Children)
            {
                string key = Key(keyNode, MetricKeys, $"key of metric '{name}'");
                string text = Text(value, key);
                if (key == "role")
                {
                    role = text.ToLowerInvariant() switch
                    {
                        "business" => MetricRole.Business,
                        "proxy" => MetricRole.Proxy,
                        "other" => MetricRole.Other,
                        _ => throw Error(value, $"role of '{name}' must be business, proxy or other, not '{text}'"),
                    };
                }
                else
                {
                    higher = text.ToLowerInvariant() switch
                    {
                        "higher" => true,
                        "lower" => false,
                        _ => throw Error(value, $"direction of '{name}' must be higher or lower, not '{text}'"),
                    };
                }
            }

            result[name] = new MetricSetting(role ?? throw Error(settingNode, $"metric '{name}' needs a role (business, proxy or other)"), higher);
        }

        return result.ToImmutable();
    }

    private Thresholds Thresholds(YamlNode node)
    {
        var t = new Thresholds();
        foreach ((YamlNode keyNode, YamlNode value) in Mapping(node, "thresholds").Children)
        {
            string key = Key(keyNode, [.. ThresholdKeys, .. SystemThresholdKeys], "threshold");
            string text = Text(value, key);
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
            {
                throw Error(value, $"threshold '{key}' must be a number, not '{text}'");
            }

            bool isCount = key.StartsWith("min_", StringComparison.Ordinal);
            if (isCount ? v < 1 || v != Math.Floor(v) || v > int.MaxValue : key is "alpha" or "power" ? v <= 0 || v >= 1 : v < 0)
            {
                throw Error(value, isCount ? $"threshold '{key}' must be a positive whole number"
                    : key is "alpha" or "power" ? $"threshold '{key}' must be between 0 and 1" : $"threshold '{key}' must not be negative");
            }

            t = key switch
            {
                "alpha" => t with { Alpha = v },
                "business_delta" => t with { BusinessDelta = v },
                "omega_squared" => t with { OmegaSquared = v },
                "icc_noise" => t,
                "proxy_tau" => t with { ProxyTau = v },
                "rank_agreement_w" => t with { RankAgreementW = v },
                "min_checkpoints" => t with { MinCheckpoints = (int)v },
                "min_configs" => t with { MinConfigs = (int)v },
                "overfit_rise" => t with { OverfitRise = v },
                "num_classes" => t with { NumClasses = (int)v },
                "rule_tolerance" or "confident_agreement" => SystemThreshold(t, key, v, value),
                _ => t with { Power = v },
            };
        }

        return t;
    }

    private string Pattern(YamlNode node, string what)
    {
        string text = Text(node, what);
        try
        {
            RefusalPattern.Compile(text);
        }
        catch (ArgumentException e)
        {
            throw Error(node, $"'{what}' is not a valid regular expression: {e.Message}");
        }

        return text;
    }

    private Thresholds SystemThreshold(Thresholds t, string key, double v, YamlNode node) => v > 1
        ? throw Error(node, $"threshold '{key}' is a proportion and must be between 0 and 1")
        : key == "rule_tolerance" ? t with { RuleTolerance = v } : t with { ConfidentAgreement = v };

    private ImmutableSortedDictionary<string, ImmutableArray<string>> ListMap(YamlNode node, string what) =>
        Mapping(node, what).Children.ToImmutableSortedDictionary(
            p => Text(p.Key, what + " name"), p => List(p.Value, $"{what}.{Text(p.Key, what)}"), StringComparer.Ordinal);

    private ImmutableArray<string> List(YamlNode node, string what) => node switch
    {
        YamlSequenceNode sequence => [.. sequence.Children.Select(c => Text(c, what))],
        YamlScalarNode { Value: null or "" } => [],
        YamlScalarNode scalar => [Text(scalar, what)],
        _ => throw Error(node, $"'{what}' must be a list of names"),
    };

    private YamlMappingNode Mapping(YamlNode node, string what) => node switch
    {
        YamlMappingNode mapping => mapping,
        YamlScalarNode { Value: null or "" } => new YamlMappingNode(),
        _ => throw Error(node, $"{what} must be a mapping (key: value)"),
    };

    private string Text(YamlNode node, string what) =>
        node is YamlScalarNode { Value: string value } ? value : throw Error(node, $"'{what}' must be a single value");

    private string Key(YamlNode node, string[] allowed, string what)
    {
        string key = Text(node, what);
        return allowed.Contains(key, StringComparer.Ordinal)
            ? key
            : throw Error(node, $"unknown {what} '{key}' (expected one of: {string.Join(", ", allowed)})");
    }

    private ConfigException Error(YamlNode node, string reason) => new(path, node.Start.Line, reason);
}
