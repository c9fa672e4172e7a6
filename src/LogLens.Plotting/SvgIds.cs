using System.Globalization;
using System.Text.RegularExpressions;

namespace LogLens.Plotting;

/// <summary>
/// ScottPlot numbers SVG clip paths from a process-wide counter ("cl_3c"), so the same plot gives different
/// bytes depending on what was drawn before. Renumbering them in order of first appearance makes SVG output
/// as deterministic as PNG output.
/// </summary>
internal static partial class SvgIds
{
    public static string Normalize(string svg)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Value, out string? id))
            {
                id = "cl_" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
                ids[m.Value] = id;
            }

            return id;
        });
    }

    [GeneratedRegex(@"\bcl_[0-9A-Fa-f]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClipId();
}
