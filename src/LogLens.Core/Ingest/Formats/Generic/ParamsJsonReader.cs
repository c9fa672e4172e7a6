using System.Text;
using System.Text.Json;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.Generic;

/// <summary>params.json: hyperparameters, nested keys flattened with '.', values in invariant text.</summary>
internal sealed class ParamsJsonReader : IRunFileReader
{
    /// <summary>The instance.</summary>
    public static readonly ParamsJsonReader Default = new();

    private ParamsJsonReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "generic";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        using JsonDocument? document = JsonFile.LoadObject(path, fragment, "parameters");
        if (document is null)
        {
            return;
        }

        Flatten(document.RootElement, "", fragment);
    }

    private static void Flatten(JsonElement element, string prefix, RunFragment fragment)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            string key = prefix + property.Name;
            if (property.Value.ValueKind == JsonValueKind.Object && property.Value.EnumerateObject().Any())
            {
                Flatten(property.Value, key + ".", fragment);
            }
            else
            {
                fragment.SetParam(key, Text(property.Value, nested: false));
            }
        }
    }

    /// <summary>Scalars as invariant text; arrays and objects as compact JSON-ish text with the same scalar forms.</summary>
    internal static string Text(JsonElement value, bool nested)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                string s = value.GetString() ?? "";
                return nested ? ParamText.Quoted(s) : s;
            case JsonValueKind.Number:
                return JsonValues.TryGetDouble(value, out double d) ? ParamText.Number(d) : value.GetRawText();
            case JsonValueKind.True or JsonValueKind.False:
                return ParamText.Bool(value.GetBoolean());
            case JsonValueKind.Array:
                return "[" + string.Join(",", value.EnumerateArray().Select(v => Text(v, nested: true))) + "]";
            case JsonValueKind.Object:
                var builder = new StringBuilder("{");
                foreach (JsonProperty p in value.EnumerateObject())
                {
                    builder.Append(builder.Length > 1 ? "," : "").Append(ParamText.Quoted(p.Name)).Append(':').Append(Text(p.Value, nested: true));
                }

                return builder.Append('}').ToString();
            default:
                return ParamText.Null;
        }
    }
}
