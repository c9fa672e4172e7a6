using System.Text;

namespace LogLens.Core.Reporting;

/// <summary>Turns log-derived names into safe, short output file names (no separators, no "..", ASCII only).</summary>
public static class FileNames
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

    /// <summary>Sanitises and makes unique within <paramref name="taken"/> (adds -2, -3, ...).</summary>
    public static string Unique(string name, ISet<string> taken)
    {
        string stem = Sanitize(name);
        string candidate = stem;
        for (int i = 2; !taken.Add(candidate); i++)
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
