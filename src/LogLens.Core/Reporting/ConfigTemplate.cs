using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using LogLens.Core.Configuration;
using LogLens.Core.Model;

namespace LogLens.Core.Reporting;

/// <summary>
/// Writes the loglens.yaml that <c>loglens init</c> proposes: the metric roles, slices and parameter groups LogLens
/// inferred from the runs, each section commented, for the user to correct. The text loads back with
/// <see cref="LogLensConfigLoader"/> (every name is single-quoted, so '*' wildcards and ':' are safe).
/// </summary>
internal static class ConfigTemplate
{
    /// <summary>The YAML text for <paramref name="runs"/> (ingested with <paramref name="runs"/>.Config).</summary>
    public static string Write(RunSet runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        LogLensConfig config = runs.Config;
        var sb = new StringBuilder();
        Line(sb, $"# loglens.yaml, written by `loglens init` from {runs.Runs.Length} runs. Everything below was inferred:");
        Line(sb, "# correct it, then `loglens analyze` reads this file from the root of the analysed folder.");
        Line(sb, string.Empty);
        Line(sb, "# Metric roles. proxy: what the optimiser sees (loss, perplexity, BLEU, ROUGE); business: what the project");
        Line(sb, "# is judged on (task success, accuracy, pass rate, judge rating); other: ignored by the comparisons.");
        Line(sb, "# direction: higher or lower is better. Metrics left out are inferred from their names (and reported as LL003).");
        Line(sb, runs.Metrics.IsEmpty ? "metrics: {}" : "metrics:");
        foreach (MetricDefinition m in runs.Metrics.Values)
        {
            string role = m.Role.ToString().ToLowerInvariant();
            Line(sb,
                $"  {Quote(m.Name)}: {{role: {role}, direction: "
                + $"{(m.HigherIsBetter ? "higher" : "lower")}}}{(m.Assumed ? "   # inferred from the name" : string.Empty)}");
        }

        Line(sb, string.Empty);
        Line(sb, "# Parameters that hold a seed ('*' is a wildcard): runs that differ only in these are replicates of one config.");
        Line(sb, $"seed_keys: {List(config.SeedKeys)}");
        Line(sb, "# Parameters that name the dataset a run was evaluated on (first match wins).");
        Line(sb, $"dataset_keys: {List(config.DatasetKeys)}");
        Line(sb, "# Parameters that never distinguish configs (names, paths, timestamps).");
        Line(sb, $"ignore_keys: {List(config.IgnoreKeys)}");
        Line(sb, string.Empty);
        WriteSlices(sb, runs);
        Line(sb, string.Empty);
        WriteGroups(sb, runs);
        Line(sb, string.Empty);
        Line(sb, "# Regex (case-insensitive) that marks an output as a refusal or hand-over when a sample has no \"refused\" field.");
        Line(sb, "# The default matches common English refusal and hand-over phrases; uncomment to replace it.");
        Line(sb, "# refusal_pattern: '\\b(?:i can''t|i cannot|transfer you to)'");
        Line(sb, string.Empty);
        WriteThresholds(sb, config.Thresholds);
        return sb.ToString();
    }

    private static void WriteSlices(StringBuilder sb, RunSet runs)
    {
        Line(sb, "# Slice kinds, from the \"slice\" field of samples.jsonl. refusal: must refuse or hand over (LL401-LL403);");
        Line(sb, "# rule: compliance rules judged by \"correct\" (LL401); edge: rare or hard cases (LL2xx).");
        var slices = runs.Runs.SelectMany(r => r.Samples).Select(s => s.Slice).OfType<string>().Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
        var kinds = slices.GroupBy(s => SliceKinds.Infer(s) ?? string.Empty, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var known = kinds.Where(k => k.Key.Length > 0).OrderBy(k => k.Key, StringComparer.Ordinal).ToList();
        Line(sb, known.Count == 0 ? "slices: {}" : "slices:");
        foreach ((string kind, List<string> names) in known)
        {
            Line(sb, $"  {kind}: {List(names)}");
        }

        if (kinds.TryGetValue(string.Empty, out List<string>? other))
        {
            Line(sb, $"# slices seen without a recognisable kind: {string.Join(", ", other.Select(Quote))}");
        }
    }

    private static void WriteGroups(StringBuilder sb, RunSet runs)
    {
        Line(sb, "# Parameter groups. retrieval vs generation drives the RAG checks (LL501-LL503); parameters left out are");
        Line(sb, "# grouped by their names (top_k, chunk_size -> retrieval; temperature, top_p -> generation; lr, epochs -> training).");
        var varying = runs.Keys.Values.SelectMany(k => k.ConfigParams).GroupBy(p => p.Key, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Value).Distinct(StringComparer.Ordinal).Count() >= 2)
            .Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
        var groups = varying.GroupBy(p => runs.Config.GroupOf(p) ?? string.Empty, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var known = groups.Where(g => g.Key.Length > 0).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        Line(sb, known.Count == 0 ? "parameter_groups: {}" : "parameter_groups:");
        foreach ((string group, List<string> names) in known)
        {
            Line(sb, $"  {Quote(group)}: {List(names)}");
        }

        if (groups.TryGetValue(string.Empty, out List<string>? other))
        {
            Line(sb, $"# varied parameters without a group: {string.Join(", ", other.Select(Quote))}");
        }
    }

    private static void WriteThresholds(StringBuilder sb, Thresholds t)
    {
        Line(sb, "# Detector thresholds (defaults, docs/methods.md). alpha: significance after Benjamini-Hochberg; business_delta: the");
        Line(sb, "# smallest business-metric change that matters; omega_squared: the share of variance a parameter must explain to");
        Line(sb, "# count as moving a metric; rule_tolerance: violation rate a setting may have on a rule slice;");
        Line(sb, "# confident_agreement: share of identical samples that makes an answer confident (LL403).");
        Line(sb, "thresholds:");
        foreach ((string key, double value) in new (string, double)[]
        {
            ("alpha", t.Alpha), ("business_delta", t.BusinessDelta), ("omega_squared", t.OmegaSquared), ("proxy_tau", t.ProxyTau),
            ("rank_agreement_w", t.RankAgreementW), ("min_checkpoints", t.MinCheckpoints), ("min_configs", t.MinConfigs),
            ("overfit_rise", t.OverfitRise), ("power", t.Power), ("rule_tolerance", t.RuleTolerance), ("confident_agreement", t.ConfidentAgreement),
        })
        {
            Line(sb, string.Create(CultureInfo.InvariantCulture, $"  {key}: {value:R}"));
        }

        Line(sb,
            t.NumClasses is int k ? string.Create(CultureInfo.InvariantCulture, $"  num_classes: {k}")
            : "  # num_classes: 4   # classes of a classification task, for LL107's chance level");
        Line(sb, string.Empty);
        Line(sb, "# Accepted findings, by code or by the id findings.json gives, each with a reason: listed apart in the reports, not");
        Line(sb, "# counted for --fail-on or the verdict; an entry that matches nothing is LL009.");
        Line(sb, "# suppress:");
        Line(sb, "#   - code: LL304");
        Line(sb, "#     reason: we select checkpoints by the business metric already");
    }

    private static string List(IEnumerable<string> names) => "[" + string.Join(", ", names.Select(Quote)) + "]";

    /// <summary>Single-quoted; names with control characters (untrusted log text) are double-quoted with escapes so they stay on one line.</summary>
    private static string Quote(string name)
    {
        if (!name.Any(char.IsControl))
        {
            return "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";
        }

        var sb = new StringBuilder("\"");
        foreach (char c in name)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }

    private static void Line(StringBuilder sb, string text) => sb.Append(text).Append('\n');
}
