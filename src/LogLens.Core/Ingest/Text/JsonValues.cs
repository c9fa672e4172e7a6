using System.Text.Json;

namespace LogLens.Core.Ingest.Text;

/// <summary>Reads numbers from JSON tokens: numbers (overflow → ±Infinity) and strings holding floats or NaN/Infinity.</summary>
internal static class JsonValues
{
    public static bool TryGetDouble(ref Utf8JsonReader reader, out double value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return (!reader.HasValueSequence && FastFloat.TryParse(reader.ValueSpan, out value))
                    || reader.TryGetDouble(out value) || FloatText.TryParse(reader.ValueSpan, out value);
            case JsonTokenType.String:
                if (!reader.ValueIsEscaped && !reader.HasValueSequence)
                {
                    return FloatText.TryParse(reader.ValueSpan, out value);
                }

                return FloatText.TryParse(reader.GetString(), out value);
            default:
                value = 0;
                return false;
        }
    }

    public static bool TryGetDouble(JsonElement element, out double value)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                return element.TryGetDouble(out value) || FloatText.TryParse(element.GetRawText(), out value);
            case JsonValueKind.String:
                return FloatText.TryParse(element.GetString(), out value);
            default:
                value = 0;
                return false;
        }
    }

    /// <summary>A short description of a token for messages: its kind, or the text of a short string.</summary>
    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => "\"" + Truncate(element.GetString() ?? "") + "\"",
        JsonValueKind.Number => element.GetRawText(),
        var kind => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>A token as text: strings as they are; numbers, booleans, arrays and objects as their JSON text; null as null.</summary>
    public static string? Text(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.StartArray or JsonTokenType.StartObject:
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    return document.RootElement.GetRawText();
                }

            default:
                return System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    public static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
