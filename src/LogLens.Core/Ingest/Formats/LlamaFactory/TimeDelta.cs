using System.Globalization;

namespace LogLens.Core.Ingest.Formats.LlamaFactory;

/// <summary>Python's str(timedelta): "H:MM:SS", "H:MM:SS.ffffff", "1 day, H:MM:SS", "-1 day, 23:59:59".</summary>
internal static class TimeDelta
{
    /// <summary>The duration in seconds, or false when <paramref name="text"/> is not in that form.</summary>
    public static bool TryParseSeconds(ReadOnlySpan<char> text, out double seconds)
    {
        seconds = 0;
        double days = 0;
        int comma = text.IndexOf(',');
        if (comma >= 0)
        {
            ReadOnlySpan<char> dayPart = text[..comma].Trim();
            int space = dayPart.IndexOf(' ');
            if (space < 0 || !dayPart[(space + 1)..].StartsWith("day", StringComparison.Ordinal)
                || !double.TryParse(dayPart[..space], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out days))
            {
                return false;
            }

            text = text[(comma + 1)..];
        }

        text = text.Trim();
        Span<Range> parts = stackalloc Range[4];
        if (text.Split(parts, ':') != 3
            || !double.TryParse(text[parts[0]], NumberStyles.None, CultureInfo.InvariantCulture, out double h)
            || !double.TryParse(text[parts[1]], NumberStyles.None, CultureInfo.InvariantCulture, out double m)
            || !double.TryParse(text[parts[2]], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double s))
        {
            return false;
        }

        seconds = (days * 86400) + (h * 3600) + (m * 60) + s;
        return true;
    }
}
