using System.Globalization;
using System.Text;

namespace LogLens.Core.Model;

/// <summary>
/// Log-derived text made safe to print on a terminal: control characters (ESC sequences, bells, NULs, line breaks
/// that would forge extra lines) and bidirectional overrides become visible escapes such as <c>\x1B</c>.
/// </summary>
internal static class PrintableText
{
    /// <summary>True for a character that must not reach a terminal as is.</summary>
    public static bool NeedsEscape(char c) => char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>The visible escape of <paramref name="c"/>: <c>\xHH</c> below U+0100, else <c>\uHHHH</c>.</summary>
    public static string EscapeOf(char c) => c < '\u0100'
        ? string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}")
        : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");

    /// <summary><paramref name="text"/> with every character of <see cref="NeedsEscape"/> escaped; the same instance when there is none.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = IndexOfEscape(text);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16).Append(text, 0, first);
        foreach (char c in text.AsSpan(first))
        {
            if (NeedsEscape(c))
            {
                sb.Append(EscapeOf(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static int IndexOfEscape(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (NeedsEscape(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
