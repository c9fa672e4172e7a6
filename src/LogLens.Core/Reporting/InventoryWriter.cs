using System.Text;
using System.Text.Json;
using LogLens.Core.Model;

namespace LogLens.Core.Reporting;

/// <summary>What `loglens inspect` prints: runs, formats, params, metrics with roles, config groups, diagnostics.</summary>
internal static class InventoryWriter
{
    /// <summary>Human-readable listing.</summary>
    public static void WriteText(RunSet runs, TextWriter w)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(w);
        w.WriteLine($"{runs.Runs.Length} runs, {runs.Groups.Length} config groups, {runs.Diagnostics.Length} diagnostics");
        w.WriteLine();
        w.WriteLine("Metrics:");
        foreach (MetricDefinition m in runs.Metrics.Values)
        {
            w.WriteLine(
                $"  {m.Name,-32} {m.Role.ToString().ToLowerInvariant(),-9} {(m.HigherIsBetter ? "higher" : "lower")} is "
                + $"better{(m.Assumed ? " (assumed)" : string.Empty)}");
        }

        w.WriteLine();
        w.WriteLine("Runs:");
        foreach (Run run in runs.Runs)
        {
            RunKey key = runs.Keys[run.Id];
            w.WriteLine($"  {run.Id}  [{string.Join(", ", run.Formats)}]  dataset={key.Dataset}  seed={key.Seed ?? "-"}");
            string study = runs.Keys[run.Id].Study;
            if (study.Length > 0 || run.Status is not null)
            {
                w.WriteLine($"    study: {(study.Length > 0 ? study : "-")}  status: {run.Status ?? "-"}");
            }

            w.WriteLine($"    params: {string.Join(", ", run.Params.Select(p => p.Key + "=" + p.Value))}");
            w.WriteLine($"    series: {(run.Series.IsEmpty ? "none" : string.Join(", ", run.Series.Select(s =>
                $"{s.Name} ({s.Count}{(s.Raw is RawSeries raw ? $" points, {raw.SegmentCount} segments" : string.Empty)})")))}"
                + $"{(run.Scores.IsEmpty ? string.Empty : $"; scores: {run.Scores.Length}")}"
                + $"{(run.Samples.IsEmpty ? string.Empty : $"; samples: {run.Samples.Length}")}");
            foreach (RunSource source in run.Sources)
            {
                string file = source.Path.StartsWith(run.Id + "/", StringComparison.Ordinal) ? source.Path[(run.Id.Length + 1)..] : source.Path;
                w.WriteLine($"    from {file} ({source.Format}): {Fed(source)}");
            }
        }

        w.WriteLine();
        w.WriteLine("Config groups:");
        foreach (ConfigGroup g in runs.Groups)
        {
            w.WriteLine($"  {g.Dataset}: {g.ConfigKey}  ({g.RunIds.Length} runs)");
        }

        if (!runs.Diagnostics.IsEmpty)
        {
            w.WriteLine();
            w.WriteLine("Diagnostics:");
            foreach (Diagnostic d in runs.Diagnostics)
            {
                w.WriteLine($"  {d.Code} {d.Path}{(d.Line is long l ? ":" + l.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}"
                    + $": {d.Message}");
            }
        }
    }

    /// <summary>"params a, b; metrics loss; 3 scores", or "nothing" when an input fed no field.</summary>
    private static string Fed(RunSource source)
    {
        var parts = new List<string>();
        if (!source.Params.IsEmpty) parts.Add("params " + string.Join(", ", source.Params));
        if (!source.Metrics.IsEmpty) parts.Add("metrics " + string.Join(", ", source.Metrics));
        if (source.Scores > 0) parts.Add(source.Scores.ToString(System.Globalization.CultureInfo.InvariantCulture) + " scores");
        if (source.Samples > 0) parts.Add(source.Samples.ToString(System.Globalization.CultureInfo.InvariantCulture) + " samples");
        return parts.Count == 0 ? "nothing" : string.Join("; ", parts);
    }

    /// <summary>Machine-readable listing (stable field names).</summary>
    public static void WriteJson(RunSet runs, TextWriter w)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(w);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("runs");
            foreach (Run run in runs.Runs)
            {
                RunKey key = runs.Keys[run.Id];
                json.WriteStartObject();
                json.WriteString("id", run.Id);
                json.WriteString("path", run.Id);
                WriteStrings(json, "formats", run.Formats);
                if (run.Status is null) json.WriteNull("status"); else json.WriteString("status", run.Status);
                WriteMap(json, "params", run.Params);
                json.WriteString("config", key.ConfigKey);
                json.WriteString("dataset", key.Dataset);
                json.WriteString("study", key.Study);
                if (key.Seed is null) json.WriteNull("seed"); else json.WriteString("seed", key.Seed);
                json.WriteStartArray("metrics");
                foreach (string name in run.Series.Select(s => s.Name).Concat(run.Scores.Select(s => s.Metric)).Distinct().Order(StringComparer.Ordinal))
                {
                    MetricDefinition m = runs.Metrics[name];
                    json.WriteStartObject();
                    json.WriteString("name", name);
                    json.WriteString("role", m.Role.ToString().ToLowerInvariant());
                    json.WriteBoolean("higherIsBetter", m.HigherIsBetter);
                    json.WriteBoolean("assumed", m.Assumed);
                    json.WriteNumber("points", run.FindSeries(name)?.Count ?? 0);
                    json.WriteNumber("segments", run.FindSeries(name) is MetricSeries series ? series.Raw?.SegmentCount ?? 1 : 0);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteNumber("scores", run.Scores.Length);
                json.WriteNumber("samples", run.Samples.Length);
                json.WriteStartArray("sources");
                foreach (RunSource source in run.Sources)
                {
                    json.WriteStartObject();
                    json.WriteString("path", source.Path);
                    json.WriteString("format", source.Format);
                    WriteStrings(json, "params", source.Params);
                    WriteStrings(json, "metrics", source.Metrics);
                    json.WriteNumber("scores", source.Scores);
                    json.WriteNumber("samples", source.Samples);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("groups");
            foreach (ConfigGroup g in runs.Groups)
            {
                json.WriteStartObject();
                WriteMap(json, "config", g.Params);
                json.WriteString("dataset", g.Dataset);
                WriteStrings(json, "runs", g.RunIds);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (Diagnostic d in runs.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", d.Code);
                json.WriteString("path", d.Path);
                if (d.Line is long line) json.WriteNumber("line", line); else json.WriteNull("line");
                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        w.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }

    private static void WriteMap(Utf8JsonWriter json, string name, IEnumerable<KeyValuePair<string, string>> values)
    {
        json.WriteStartObject(name);
        foreach ((string k, string v) in values)
        {
            json.WriteString(k, v);
        }

        json.WriteEndObject();
    }
}
