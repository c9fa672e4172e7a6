using System.Globalization;
using System.Text.Json;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>Value writing rules of findings.json: non-finite → null, enums lower-case, canonical numbers as numbers.</summary>
internal static class JsonValues
{
    public static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>Writes an evidence value: double, int, long, bool, string, double[]; anything else as invariant text.</summary>
    public static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case double d when double.IsFinite(d):
                json.WriteNumberValue(d);
                break;
            case double:
                json.WriteNullValue();
                break;
            case float f:
                Write(json, (double)f);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case double[] array:
                json.WriteStartArray();
                foreach (double d in array)
                {
                    Write(json, d);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>
    /// A parameter as a number when its text is the canonical form of a finite double ("0.001", "16"), a
    /// boolean for "true"/"false", else a string ("1e-4" stays text so nothing is rewritten).
    /// </summary>
    public static void WriteParameter(Utf8JsonWriter json, string text)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d)
            && double.IsFinite(d) && d.ToString("R", CultureInfo.InvariantCulture) == text)
        {
            json.WriteNumberValue(d);
        }
        else if (text is "true" or "false")
        {
            json.WriteBooleanValue(text == "true");
        }
        else
        {
            json.WriteStringValue(text);
        }
    }
}
