using System.Text;
using System.Text.Json;
using Google.Protobuf.Collections;
using LogLens.Core.Ingest.Formats.Generic;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.Wandb;

/// <summary>
/// Keys and values of W&amp;B items: a key is <c>key</c> or, as wandb-core writes it, the <c>nested_key</c> path
/// joined with '.'; a value is JSON text (Python's json: bare NaN/Infinity allowed).
/// </summary>
internal static class WandbValues
{
    private const string MediaTypeSuffix = "._type";

    /// <summary>W&amp;B's own bookkeeping: <c>_wandb</c> telemetry, <c>_step</c>, <c>_runtime</c>, <c>_timestamp</c>.</summary>
    public static bool IsInternal(string key) => key.StartsWith('_');

    /// <summary>
    /// The objects that wandb-core (0.17+) flattened into one item per field — media, tables, histograms: the key of
    /// each item whose last segment is <c>_type</c> (<c>["data_visualization", "_type"]</c> = <c>"image-file"</c>), without
    /// that segment; null when there is none (the usual row, checked without allocating).
    /// </summary>
    public static List<string>? MediaPrefixes(IReadOnlyList<string> keys)
    {
        List<string>? prefixes = null;
        foreach (string key in keys)
        {
            if (key.EndsWith(MediaTypeSuffix, StringComparison.Ordinal) && key.Length > MediaTypeSuffix.Length)
            {
                (prefixes ??= []).Add(key[..^MediaTypeSuffix.Length]);
            }
        }

        return prefixes;
    }

    /// <summary>True for a key inside one of <paramref name="prefixes"/> (a field of a flattened media object).</summary>
    public static bool IsMediaField(string key, List<string>? prefixes) =>
        prefixes is not null && prefixes.Exists(p => key.StartsWith(p, StringComparison.Ordinal) && (key.Length == p.Length || key[p.Length] == '.'));

    public static string Key(string key, RepeatedField<string> nested) =>
        key.Length > 0 || nested.Count == 0 ? key : nested.Count == 1 ? nested[0] : string.Join('.', nested);

    /// <summary>A plain number (or NaN/Infinity) without a JSON parse: the hot path of history values.</summary>
    public static bool TryNumber(string json, out double value) => FloatText.TryParse(json.AsSpan(), out value);

    /// <summary>Parses JSON text tolerating bare NaN/Infinity; null when it is not JSON.</summary>
    public static JsonDocument? Parse(string json)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        if (NamedLiterals.MayContain(bytes))
        {
            var quoted = new byte[NamedLiterals.MaxOutputLength(bytes.Length)];
            bytes = quoted[..NamedLiterals.Quote(bytes, quoted)];
        }

        try
        {
            return JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Numeric leaves of a (nested) object, keys joined with '.'; media objects (with <c>_type</c>) are skipped.</summary>
    public static void Numbers(JsonElement element, string key, List<(string Key, double Value)> into)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when !element.TryGetProperty("_type", out _):
                foreach (JsonProperty p in element.EnumerateObject())
                {
                    Numbers(p.Value, key + "." + p.Name, into);
                }

                break;
            case JsonValueKind.Number:
            case JsonValueKind.String when IsNamedLiteral(element):
                if (JsonValues.TryGetDouble(element, out double d))
                {
                    into.Add((key, d));
                }

                break;
        }
    }

    /// <summary>Sets parameters from a config value: objects flattened with '.', leaves as the params readers print them.</summary>
    public static void SetParams(RunFragment fragment, string key, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object && value.EnumerateObject().Any())
        {
            foreach (JsonProperty p in value.EnumerateObject())
            {
                SetParams(fragment, key + "." + p.Name, p.Value);
            }
        }
        else
        {
            fragment.SetParam(key, ParamsJsonReader.Text(value, nested: false));
        }
    }

    private static bool IsNamedLiteral(JsonElement element) =>
        element.ValueKind == JsonValueKind.String && element.GetString() is "NaN" or "Infinity" or "-Infinity";
}
