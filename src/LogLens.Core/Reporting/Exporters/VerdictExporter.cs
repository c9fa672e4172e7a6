using System.Buffers;
using System.Text;
using System.Text.Json;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Verdicts;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>
/// The verdict as one JSON line for scripts (schema <c>loglens.verdict/v1</c>): the names of findings.json's
/// <c>verdict</c> object (kind, stopTuning, yes, headline, checks, brokenRuns, missing), the exit code analyze returns
/// and the --fail-on it used, the findings per severity, and with a baseline its new / persisting / resolved counts.
/// </summary>
public sealed class VerdictExporter : IExporter
{
    /// <summary>The schema id written first.</summary>
    public const string Schema = "loglens.verdict/v1";

    private VerdictExporter()
    {
    }

    /// <summary>The exporter.</summary>
    public static VerdictExporter Default { get; } = new();

    /// <inheritdoc />
    public string Name => "verdict";

    /// <inheritdoc />
    public string FileName => "verdict.json";

    /// <inheritdoc />
    public void Write(Report report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        AnalysisResult result = report.Result;
        Verdict verdict = result.Verdict;
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("schema", Schema);
            json.WriteString("kind", JsonExporter.KindText(verdict.Kind));
            json.WriteBoolean("stopTuning", verdict.StopTuning);
            json.WriteNumber("yes", verdict.Yes);
            json.WriteString("headline", verdict.Headline);
            json.WriteNumber("exit", result.Fails(report.FailOn) ? 1 : 0);
            json.WriteString("failOn", report.FailOn is Severity s ? JsonValues.Lower(s) : "never");
            json.WriteStartObject("findings");
            foreach (Severity severity in (Severity[])[Severity.Error, Severity.Warning, Severity.Info])
            {
                json.WriteNumber(JsonValues.Lower(severity), result.Findings.Count(f => f.Severity == severity));
            }

            json.WriteEndObject();
            json.WriteStartArray("checks");
            foreach (VerdictCheck check in verdict.Checks)
            {
                json.WriteStartObject();
                json.WriteString("question", JsonValues.Lower(check.Question));
                json.WriteString("answer", MarkdownExporter.AnswerText(check.Answer));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            JsonValues.WriteStrings(json, "brokenRuns", verdict.BrokenRuns);
            JsonValues.WriteStrings(json, "missing", verdict.Missing);
            if (report.Baseline is { } baseline)
            {
                json.WriteStartObject("baseline");
                json.WriteNumber("new", baseline.New);
                json.WriteNumber("persisting", baseline.Persisting);
                json.WriteNumber("resolved", baseline.Resolved.Length);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        writer.Write('\n');
    }
}
