using System.Text;

namespace LogLens.Core.Plots;

/// <summary>Turns log-derived plot names into safe, short file stems (no separators, no "..", ASCII only), unique per analysis.</summary>
internal static class PlotNames
{
    /// <summary>Longest stem written; long run names are cut and keep a hash suffix for uniqueness.</summary>
    public const int MaxStem = 80;

    /// <summary>Keeps [A-Za-z0-9_-], maps everything else to '-', collapses repeats, trims, caps the length.</summary>
    public static string Sanitize(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            bool ok = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';
            if (ok)
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        string stem = sb.ToString().Trim('-');
        if (stem.Length == 0)
        {
            stem = "plot";
        }

        return stem.Length <= MaxStem ? stem : stem[..(MaxStem - 9)] + "-" + Hash(name);
    }

    /// <summary>
    /// Sanitises and makes unique within <paramref name="taken"/> (adds -2, -3, ...), ignoring case so names
    /// stay distinct on case-insensitive file systems (<paramref name="taken"/> holds the lower-case forms).
    /// </summary>
    public static string Unique(string name, ISet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        string stem = Sanitize(name);
        string candidate = stem;
        for (int i = 2; !taken.Add(candidate.ToLowerInvariant()); i++)
        {
            candidate = $"{stem}-{i}";
        }

        return candidate;
    }

    private static string Hash(string text)
    {
        uint hash = 2166136261;
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619;
        }

        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }
}
