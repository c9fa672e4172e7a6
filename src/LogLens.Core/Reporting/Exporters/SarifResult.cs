using System.Text.Json;
using LogLens.Core.Detection;
using LogLens.Core.Findings;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>One entry of a SARIF run's "results" array.</summary>
internal static class SarifResult
{
    public static void Write(Utf8JsonWriter json, Finding finding, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Code);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", SarifExporter.Level(finding.Severity));
        SarifExporter.WriteText(json, "message", finding.Message);
        if (finding.Subject.Fields().Any())
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            if (finding.Subject.Path is { } path)
            {
                WritePhysicalLocation(json, path);
            }

            WriteLogicalLocations(json, finding.Subject);
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
