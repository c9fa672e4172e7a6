using System.Buffers;
using System.Text;
using System.Text.Json;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Reporting.Baselines;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>
/// findings.sarif: SARIF 2.1.0 for code-scanning views. The whole <see cref="FindingCatalog"/> is the rule
/// set; each finding is a result with a level, message, logical locations (run / config / metric / dataset /
/// slice / prompt), its evidence in <c>properties</c> and a stable <c>partialFingerprints</c> entry.
/// Deterministic: no timestamps, no invocation data, catalog and finding order, '\n' line ends.
/// With a baseline, every result carries SARIF's <c>baselineState</c> (new / unchanged), and each resolved
/// baseline finding is one more result with <c>baselineState</c> "absent".
/// </summary>
public sealed class SarifExporter : IExporter
{
    /// <summary>The SARIF version written.</summary>
    public const string Version = "2.1.0";

    /// <summary>The SARIF 2.1.0 JSON schema.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The project page written as the driver's <c>informationUri</c>.</summary>
    public const string InformationUri = "https://github.com/loglens/loglens";

    /// <summary>The key of the fingerprint in each result's <c>partialFingerprints</c>; its value is <see cref="Finding.Id"/>.</summary>
    public const string FingerprintKey = "loglensFindingId/v1";

    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n" };

    private SarifExporter()
    {
    }

    /// <summary>The exporter.</summary>
    public static SarifExporter Default { get; } = new();

    /// <inheritdoc />
    public string Name => "sarif";

    /// <inheritdoc />
    public string FileName => "findings.sarif";

    /// <summary>The help page of a rule: its page in the repository, docs/findings/LLxxx.md.</summary>
    public static string HelpUri(FindingDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return InformationUri + "/blob/main/" + FindingPages.PathOf(descriptor.Code);
    }

    /// <summary>The SARIF level of a severity: error, warning or note.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>SARIF's <c>baselineState</c> of a state: new, unchanged or absent.</summary>
    public static string BaselineStateText(BaselineState state) => state switch
    {
        BaselineState.Persisting => "unchanged",
        BaselineState.Resolved => "absent",
        _ => "new",
    };

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
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", Version);
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json);
            json.WriteStartArray("results");
            foreach (Finding finding in result.Findings)
            {
                string? state = report.Baseline is { } b ? BaselineStateText(b.StateOf(finding)) : null;
                SarifResult.Write(json, finding, FindingCatalog.All.IndexOf(finding.Descriptor), state);
            }

            foreach (SuppressedFinding suppressed in result.Suppressed)
            {
                string? state = report.Baseline is { } b ? BaselineStateText(b.StateOf(suppressed.Finding)) : null;
                SarifResult.Write(json, suppressed.Finding, FindingCatalog.All.IndexOf(suppressed.Finding.Descriptor), state, suppressed.By);
            }

            foreach (BaselineFinding gone in report.Baseline?.Resolved ?? [])
            {
                SarifResult.WriteAbsent(json, gone, RuleIndex(gone.Code));
            }

            json.WriteEndArray();
            WriteRunProperties(json, result);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        writer.Write('\n');
    }

    private static int RuleIndex(string code)
    {
        for (int i = 0; i < FindingCatalog.All.Length; i++)
        {
            if (FindingCatalog.All[i].Code == code)
            {
                return i;
            }
        }

        return -1;
    }

    private static void WriteTool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (FindingDescriptor d in FindingCatalog.All)
        {
            json.WriteStartObject();
            json.WriteString("id", d.Code);
            json.WriteString("name", d.Name);
            WriteText(json, "shortDescription", d.Summary);
            WriteText(json, "fullDescription", FindingPages.PlainText(FindingPages.Section(d.Code, FindingPages.Meaning)));
            WriteText(json, "help", d.Remedy);
            json.WriteString("helpUri", HelpUri(d));
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(d.Severity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("question", JsonValues.Lower(d.Question));
            JsonValues.WriteStrings(json, "tags", ["loglens", JsonValues.Lower(d.Question)]);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRunProperties(Utf8JsonWriter json, AnalysisResult result)
    {
        json.WriteStartObject("properties");
        json.WriteString("verdict", result.Verdict.Headline);
        json.WriteBoolean("stopTuning", result.Verdict.StopTuning);
        json.WriteNumber("runs", result.Runs.Runs.Length);
        JsonValues.WriteStrings(json, "paths", result.Paths);
        json.WriteEndObject();
    }

    internal static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
