using LogLens.Core.Findings;

namespace LogLens.Core.Reporting;

/// <summary>The finding catalog as a table: `loglens rules` and the README's finding table.</summary>
internal static class CatalogTable
{
    /// <summary>A GitHub-flavoured Markdown table, one row per code, each code linking to its page (relative to the repository root).</summary>
    public static void WriteMarkdown(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("| Code | Name | Severity | Question | What it says |");
        writer.WriteLine("|---|---|---|---|---|");
        foreach (FindingDescriptor d in FindingCatalog.All)
        {
            writer.WriteLine(
                $"| [{d.Code}]({FindingPages.PathOf(d.Code)}) | {d.Name} | {Lower(d.Severity)} | {Lower(d.Question)} | "
                + $"{d.Summary.Replace("|", "\\|", StringComparison.Ordinal)} |");
        }
    }

    /// <summary>Aligned plain text for terminals.</summary>
    public static void WriteText(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (FindingDescriptor d in FindingCatalog.All)
        {
            writer.WriteLine($"{d.Code}  {d.Name,-28} {Lower(d.Severity),-8} {d.Summary}");
        }
    }

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
