using System.Text.Json;
using LogLens.Core.Model;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>findings.json's "groups": each config group's parameters, runs and metric summaries.</summary>
internal static class JsonGroups
{
    public static void Write(Utf8JsonWriter json, RunSet runs)
    {
        json.WriteStartArray("groups");
        foreach ((ConfigGroup group, IReadOnlyList<GroupMetricStats> metrics) in GroupStats.Of(runs))
        {
            json.WriteStartObject();
            json.WriteStartObject("config");
            foreach ((string key, string value) in group.Params)
            {
                json.WritePropertyName(key);
                JsonValues.WriteParameter(json, value);
            }

            json.WriteEndObject();
            json.WriteString("dataset", group.Dataset);
            JsonValues.WriteStrings(json, "runs", group.RunIds);
            json.WriteStartObject("metrics");
            foreach (GroupMetricStats m in metrics)
            {
                json.WriteStartObject(m.Metric);
                json.WriteNumber("n", m.N);
                json.WritePropertyName("mean");
                JsonValues.Write(json, m.Mean);
                json.WritePropertyName("sd");
                JsonValues.Write(json, m.Sd);
                json.WritePropertyName("ci95");
                if (m.Ci95.IsDefined)
                {
                    JsonValues.Write(json, new[] { m.Ci95.Low, m.Ci95.High });
                }
                else
                {
                    json.WriteNullValue();
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
