using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LogLens.Core.Ingest.Text;

/// <summary>The invariant text form of parameter values, shared by the JSON and YAML params readers.</summary>
internal static class ParamText
{
    public const string Null = "null";

    /// <summary>Integers without exponent or ".0" (32.0 → "32"), others in shortest round-trip form as Python prints it (1e-05 → "1e-05").</summary>
    public static string Number(double value)
    {
        if (double.IsFinite(value) && value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        return value.ToString("R", CultureInfo.InvariantCulture).Replace('E', 'e');
    }

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>A string inside an array or object rendering: JSON-quoted.</summary>
    public static string Quoted(string value) => "\"" + JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\"";
}
