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

    /// <summary>
    /// The full path of <paramref name="relative"/> inside <paramref name="outDir"/>; throws when it would resolve
    /// outside it (an absolute path, "..", a rooted segment), so no log-derived name can write elsewhere.
    /// </summary>
    public static string Within(string outDir, string relative)
    {
        ArgumentException.ThrowIfNullOrEmpty(outDir);
        ArgumentException.ThrowIfNullOrEmpty(relative);
        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        string full = Path.GetFullPath(Path.Combine(root, relative));
        bool inside = !Path.IsPathRooted(relative) && full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside ? full : throw new InvalidOperationException($"refusing to write outside the output folder: {relative}");
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
