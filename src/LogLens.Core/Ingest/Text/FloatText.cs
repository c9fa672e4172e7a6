using System.Globalization;

namespace LogLens.Core.Ingest.Text;

/// <summary>
/// Parses floats as Python writes them: invariant numbers plus nan, inf, -inf, NaN, Infinity, -Infinity
/// in any case (docs/formats.md).
/// </summary>
internal static class FloatText
{
    private const NumberStyles Styles = NumberStyles.Float;

    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        text = text.Trim();
        if (double.TryParse(text, Styles, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        return TryParseNamed(text, out value);
    }

    public static bool TryParse(ReadOnlySpan<byte> utf8, out double value)
    {
        utf8 = utf8.Trim(" \t\r"u8);
        if (double.TryParse(utf8, Styles, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        Span<char> chars = stackalloc char[16];
        if (utf8.Length > chars.Length)
        {
            return false;
        }

        for (int i = 0; i < utf8.Length; i++)
        {
            chars[i] = (char)utf8[i];
        }

        return TryParseNamed(chars[..utf8.Length], out value);
    }

    private static bool TryParseNamed(ReadOnlySpan<char> text, out double value)
    {
        bool negative = false;
        if (text.Length > 0 && (text[0] == '-' || text[0] == '+'))
        {
            negative = text[0] == '-';
            text = text[1..];
        }

        if (text.Equals("inf", StringComparison.OrdinalIgnoreCase) || text.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        if (text.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }

        value = 0;
        return false;
    }
}
