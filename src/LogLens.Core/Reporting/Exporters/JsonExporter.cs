using System.Buffers;
using System.Text;
using System.Text.Json;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Reporting.Baselines;
using LogLens.Core.Verdicts;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>
/// findings.json in the <c>loglens.findings/v1</c> schema (docs/reports.md). Deterministic (no timestamps, ordinal
/// order, '\n' line ends); non-finite numbers are written as null; non-ASCII and HTML-sensitive characters are escaped.
/// With a baseline, each finding's <c>status</c> is "new" or "persisting", and a top-level <c>baseline</c> summary
/// and <c>resolved</c> array (baseline findings that are gone) follow "findings"; without one, neither is written.
/// </summary>
public sealed class JsonExporter : IExporter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n" };

    private JsonExporter()
    {
    }

    /// <summary>The exporter.</summary>
    public static JsonExporter Default { get; } = new();

    /// <inheritdoc />
    public string Name => "json";

    /// <inheritdoc />
    public string FileName => "findings.json";

    /// <inheritdoc />
    public void Write(Report report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        AnalysisResult result = report.Result;
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("schema", Baseline.Schema);
            json.WriteStartObject("tool");
            json.WriteString("name", ToolInfo.Name);
            json.WriteString("version", ToolInfo.Version);
            json.WriteEndObject();
            WriteInput(json, result);
            WriteVerdict(json, result.Verdict);
            json.WriteStartArray("findings");
            foreach (Finding finding in result.Findings)
            {
                JsonFinding.Write(json, finding, report.Baseline?.StateOf(finding) ?? BaselineState.New);
            }

            foreach (SuppressedFinding suppressed in result.Suppressed)
            {
                JsonFinding.Write(json, suppressed);
            }

            json.WriteEndArray();
            if (report.Baseline is { } baseline)
            {
                WriteBaseline(json, baseline);
            }

            JsonGroups.Write(json, result.Runs);
            WriteDiagnostics(json, result.Runs);
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        writer.Write('\n');
    }

    private static void WriteInput(Utf8JsonWriter json, AnalysisResult result)
    {
        json.WriteStartObject("input");
        JsonValues.WriteStrings(json, "paths", result.Paths);
        json.WriteNumber("runs", result.Runs.Runs.Length);
        json.WriteNumber("configs", result.Runs.Keys.Values.Select(k => k.ConfigKey).Distinct().Count());
        JsonValues.WriteStrings(json, "datasets", result.Runs.Datasets);
        json.WriteStartObject("formats");
        foreach ((string format, int count) in MarkdownExporter.Formats(result.Runs))
        {
            json.WriteNumber(format, count);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The verdict kind as findings.json writes it: "stop-tuning", "fix-training-first", "tuning-pays", "cant-tell-yet".</summary>
    public static string KindText(VerdictKind kind) => kind switch
    {
        VerdictKind.StopTuning => "stop-tuning",
        VerdictKind.FixTrainingFirst => "fix-training-first",
        VerdictKind.TuningPays => "tuning-pays",
        _ => "cant-tell-yet",
    };

    private static void WriteVerdict(Utf8JsonWriter json, Verdict verdict)
    {
        json.WriteStartObject("verdict");
        json.WriteString("kind", KindText(verdict.Kind));
        json.WriteBoolean("stopTuning", verdict.StopTuning);
        json.WriteNumber("yes", verdict.Yes);
        json.WriteString("headline", verdict.Headline);
        json.WriteStartArray("checks");
        foreach (VerdictCheck check in verdict.Checks)
        {
            json.WriteStartObject();
            json.WriteString("question", JsonValues.Lower(check.Question));
            json.WriteString("answer", MarkdownExporter.AnswerText(check.Answer));
            JsonValues.WriteStrings(json, "findings", check.FindingIds);
            json.WriteString("reason", check.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        JsonValues.WriteStrings(json, "brokenRuns", verdict.BrokenRuns);
        JsonValues.WriteStrings(json, "missing", verdict.Missing);
        json.WriteStartArray("parameters");
        foreach (ParameterImpact p in verdict.Parameters)
        {
            json.WriteStartObject();
            json.WriteString("metric", p.Metric);
            json.WriteString("dataset", p.Dataset);
            json.WriteString("parameter", p.Parameter);
            json.WriteString("best", p.BestLevel);
            json.WriteString("worst", p.WorstLevel);
            json.WritePropertyName("effect");
            JsonValues.Write(json, p.Effect);
            json.WritePropertyName("ciLow");
            JsonValues.Write(json, p.Ci.Low);
            json.WritePropertyName("ciHigh");
            JsonValues.Write(json, p.Ci.High);
            json.WritePropertyName("omegaSquared");
            JsonValues.Write(json, p.OmegaSquared);
            json.WritePropertyName("q");
            JsonValues.Write(json, p.Q);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteBaseline(Utf8JsonWriter json, BaselineComparison baseline)
    {
        json.WriteStartObject("baseline");
        json.WriteString("path", baseline.Baseline.Path);
        json.WriteNumber("findings", baseline.Baseline.Findings.Length);
        json.WriteNumber("new", baseline.New);
        json.WriteNumber("persisting", baseline.Persisting);
        json.WriteNumber("resolved", baseline.Resolved.Length);
        json.WriteEndObject();
        json.WriteStartArray("resolved");
        foreach (BaselineFinding f in baseline.Resolved)
        {
            json.WriteStartObject();
            json.WriteString("id", f.Id);
            json.WriteString("code", f.Code);
            json.WriteString("name", f.Name);
            json.WriteString("severity", JsonValues.Lower(f.Severity));
            json.WriteStartObject("subject");
            foreach ((string key, string value) in f.Subject.Fields())
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
            json.WriteString("message", f.Message);
            json.WriteString("status", BaselineComparison.Text(BaselineState.Resolved));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteDiagnostics(Utf8JsonWriter json, RunSet runs)
    {
        json.WriteStartArray("diagnostics");
        foreach (Diagnostic d in runs.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("code", d.Code);
            json.WriteString("path", d.Path);
            if (d.Line is { } line)
            {
                json.WriteNumber("line", line);
            }
            else
            {
                json.WriteNull("line");
            }

            json.WriteString("message", d.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
