using System.Text.Json;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Reporting.Baselines;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>One entry of a SARIF run's "results" array.</summary>
internal static class SarifResult
{
    public static void Write(Utf8JsonWriter json, Finding finding, int ruleIndex, string? baselineState, Configuration.Suppression? suppression = null)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Code);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", SarifExporter.Level(finding.Severity));
        if (baselineState is not null)
        {
            json.WriteString("baselineState", baselineState);
        }

        SarifExporter.WriteText(json, "message", finding.Message);
        WriteLocations(json, finding.Subject);
        if (suppression is not null)
        {
            // SARIF 2.1.0 §3.35: accepted outside the analysed files (in loglens.yaml), with its justification.
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteString("justification", suppression.Reason);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString(SarifExporter.FingerprintKey, finding.Id);
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("findingId", finding.Id);
        json.WriteString("name", finding.Descriptor.Name);
        json.WriteString("question", JsonValues.Lower(finding.Descriptor.Question));
        json.WriteStartObject("subject");
        foreach ((string key, string value) in finding.Subject.Fields())
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
        json.WriteStartObject("evidence");
        foreach ((string key, object value) in finding.Evidence.Items)
        {
            json.WritePropertyName(key);
            JsonValues.Write(json, value);
        }

        json.WriteEndObject();
        JsonValues.WriteStrings(json, "plots", finding.Plots.Select(p => AnalysisResult.PlotPath(p)));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A resolved baseline finding: a result with baselineState "absent" (ruleIndex only when the code is still in the catalog).</summary>
    public static void WriteAbsent(Utf8JsonWriter json, BaselineFinding finding, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Code);
        if (ruleIndex >= 0)
        {
            json.WriteNumber("ruleIndex", ruleIndex);
        }

        json.WriteString("level", SarifExporter.Level(finding.Severity));
        json.WriteString("baselineState", SarifExporter.BaselineStateText(BaselineState.Resolved));
        SarifExporter.WriteText(json, "message", finding.Message.Length > 0 ? finding.Message : finding.Id);
        WriteLocations(json, finding.Subject);
        json.WriteStartObject("partialFingerprints");
        json.WriteString(SarifExporter.FingerprintKey, finding.Id);
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("findingId", finding.Id);
        json.WriteString("name", finding.Name);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLocations(Utf8JsonWriter json, Subject subject)
    {
        if (subject.Fields().Any())
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            if (subject.Path is { } path)
            {
                WritePhysicalLocation(json, path);
            }

            WriteLogicalLocations(json, subject);
            json.WriteEndObject();
            json.WriteEndArray();
        }
    }

    /// <summary>A file subject (LL001/LL002) also gets a physical location.</summary>
    private static void WritePhysicalLocation(Utf8JsonWriter json, string path)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", RelativeUri(path));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLogicalLocations(Utf8JsonWriter json, Subject subject)
    {
        json.WriteStartArray("logicalLocations");
        foreach ((string kind, string value) in subject.Fields())
        {
            json.WriteStartObject();
            json.WriteString("name", value);
            json.WriteString("fullyQualifiedName", kind + "=" + value);
            json.WriteString("kind", kind);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>A URI reference for a log path: each '/'-separated segment percent-encoded, so no segment can act as a scheme or query.</summary>
    internal static string RelativeUri(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
}
