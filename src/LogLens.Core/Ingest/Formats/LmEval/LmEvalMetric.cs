using System.Text.Json;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.LmEval;

/// <summary>
/// One metric of a task's results: "acc" (v0.3) or "acc,none" (v0.4+, split on the last comma into metric and
/// filter; the filter "none" is dropped from the name, any other stays: "exact_match,strict-match"), with its
/// "_stderr" sibling (a number, or "N/A" → null). Non-numeric entries ("alias", ...) are not metrics.
/// </summary>
internal sealed record LmEvalMetric(string Name, double Value, double? Stderr)
{
    public static IEnumerable<LmEvalMetric> Parse(JsonElement task)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var errors = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (JsonProperty p in task.EnumerateObject())
        {
            if (p.Value.ValueKind is not (JsonValueKind.Number or JsonValueKind.String) || !JsonValues.TryGetDouble(p.Value, out double value))
            {
                continue;
            }

            (string metric, string filter) = Split(p.Name);
            string name = filter is "" or "none" ? metric : metric + "," + filter;
            if (metric.EndsWith("_stderr", StringComparison.Ordinal))
            {
                string of = metric[..^"_stderr".Length];
                errors[filter is "" or "none" ? of : of + "," + filter] = value;
            }
            else
            {
                values[name] = value;
            }
        }

        return values.Select(v => new LmEvalMetric(v.Key, v.Value, errors.TryGetValue(v.Key, out double e) && double.IsFinite(e) ? e : null));
    }

    private static (string Metric, string Filter) Split(string key)
    {
        int comma = key.LastIndexOf(',');
        return comma < 0 ? (key, "") : (key[..comma], key[(comma + 1)..]);
    }
}
