using System.Text.Json;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Plots;
using LogLens.Core.Reporting.Baselines;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>One entry of findings.json's "findings" array.</summary>
internal static class JsonFinding
{
    public static void Write(Utf8JsonWriter json, Finding finding, BaselineState state = BaselineState.New) =>
        Write(json, finding, BaselineComparison.Text(state), null);

    /// <summary>A suppressed finding: <c>"status": "suppressed"</c> and the entry's reason and line.</summary>
    public static void Write(Utf8JsonWriter json, SuppressedFinding suppressed) => Write(json, suppressed.Finding, "suppressed", suppressed.By);

    private static void Write(Utf8JsonWriter json, Finding finding, string status, Configuration.Suppression? by)
    {
        json.WriteStartObject();
        json.WriteString("id", finding.Id);
        json.WriteString("code", finding.Code);
        json.WriteString("name", finding.Descriptor.Name);
        json.WriteString("severity", JsonValues.Lower(finding.Severity));
        json.WriteString("question", JsonValues.Lower(finding.Descriptor.Question));
        json.WriteStartObject("subject");
        foreach ((string key, string value) in finding.Subject.Fields())
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
        json.WriteString("message", finding.Message);
        json.WriteStartObject("evidence");
        foreach ((string key, object value) in finding.Evidence.Items)
        {
            json.WritePropertyName(key);
            JsonValues.Write(json, value);
        }

        json.WriteEndObject();
        JsonValues.WriteStrings(json, "plots", finding.Plots.Select(p => AnalysisResult.PlotPath(p)));
        json.WriteString("status", status);
        if (by is not null)
        {
            json.WriteStartObject("suppression");
            json.WriteString("reason", by.Reason);
            json.WriteNumber("line", by.Line);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
