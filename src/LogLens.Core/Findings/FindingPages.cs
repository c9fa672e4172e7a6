using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace LogLens.Core.Findings;

/// <summary>
/// The page of every finding code, <c>docs/findings/LLxxx.md</c>: what it says, how it is computed, what to do
/// instead of tuning, and an example from a fixture folder. The pages are embedded in this assembly, so an installed
/// or native tool has them without the repository: <c>loglens explain</c> prints a page, the HTML report and SARIF
/// quote its sections, and <see cref="FindingCatalog"/> keeps only one-line summaries.
/// </summary>
internal static partial class FindingPages
{
    /// <summary>The folder of the pages in the repository.</summary>
    public const string Folder = "docs/findings";

    /// <summary>Heading of the section that says what a finding means.</summary>
    public const string Meaning = "What it says";

    /// <summary>Heading of the section that says how a finding is computed: the decision rule and its thresholds.</summary>
    public const string Method = "How it is computed";

    /// <summary>Heading of the section that says what to do instead of another round of tuning.</summary>
    public const string Remedy = "What to do instead of tuning";

    /// <summary>Heading of the section with the example plot or message and the command that renders it.</summary>
    public const string Example = "Example";

    /// <summary>The section headings every page has, in order.</summary>
    public static IReadOnlyList<string> Sections { get; } = [Meaning, Method, Remedy, Example];

    private const string ResourcePrefix = "LogLens.Core.Findings.Pages.";

    private static readonly ConcurrentDictionary<string, string?> Cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The repository path of a code's page, e.g. <c>docs/findings/LL601.md</c>.</summary>
    public static string PathOf(string code) => $"{Folder}/{code}.md";

    /// <summary>True when the assembly carries a page for <paramref name="code"/>.</summary>
    public static bool Has(string code) => Load(code) is not null;

    /// <summary>The page's Markdown with '\n' line ends; throws for a code without a page (every catalog code has one).</summary>
    public static string Text(string code) =>
        Load(code) ?? throw new KeyNotFoundException($"no page {PathOf(code)} is embedded");

    /// <summary>The text under a page's <c>## heading</c> up to the next such heading, trimmed; empty when absent.</summary>
    public static string Section(string code, string heading)
    {
        string text = Text(code);
        string marker = "\n## " + heading + "\n";
        int start = text.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        start += marker.Length;
        int end = text.IndexOf("\n## ", start, StringComparison.Ordinal);
        return text[start..(end < 0 ? text.Length : end)].Trim();
    }

    /// <summary>
    /// Joins the hard-wrapped lines of each paragraph and list item into one line, for outputs that are not rendered
    /// as Markdown (SARIF text, the HTML report): blank lines, list items, headings, table rows and fenced code keep
    /// their own lines.
    /// </summary>
    public static string Unwrap(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var sb = new StringBuilder(markdown.Length);
        string[] lines = markdown.Split('\n');
        bool fenced = false;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            bool fence = line.TrimStart().StartsWith("```", StringComparison.Ordinal);
            bool joins = i > 0 && !fenced && !fence && line.Trim().Length > 0 && lines[i - 1].Trim().Length > 0
                && !StartsBlock(line) && !lines[i - 1].TrimStart().StartsWith('|') && !lines[i - 1].TrimStart().StartsWith('#');
            sb.Append(i == 0 ? string.Empty : joins ? " " : "\n").Append(joins ? line.Trim() : line);
            fenced ^= fence;
        }

        return sb.ToString();
    }

    /// <summary>
    /// A section as plain text for outputs that do not render Markdown (the HTML report, SARIF): hard-wrapped lines
    /// joined (<see cref="Unwrap"/>), links reduced to their text, bold and italic marks dropped, table separator rows
    /// dropped. Code spans keep their backticks: they mark names to type (`loglens init`, `business_delta`).
    /// </summary>
    public static string PlainText(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        string text = EmphasisRegex().Replace(LinkRegex().Replace(Unwrap(markdown), "$1"), "$2");
        return string.Join('\n', text.Split('\n').Where(l => !TableRuleRegex().IsMatch(l)));
    }

    private static bool StartsBlock(string line)
    {
        string t = line.TrimStart();
        int dot = t.IndexOf(". ", StringComparison.Ordinal);
        return t.StartsWith("- ", StringComparison.Ordinal) || t.StartsWith("* ", StringComparison.Ordinal) || t.StartsWith('|') || t.StartsWith('#')
            || (dot > 0 && t[..dot].All(char.IsAsciiDigit));
    }

    private static string? Load(string code) => Cache.GetOrAdd(code, static c =>
    {
        using Stream? stream = typeof(FindingPages).Assembly.GetManifestResourceStream(ResourcePrefix + c.ToUpperInvariant() + ".md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    });

    [GeneratedRegex(@"\[([^\]]+)\]\([^)\s]+\)")]
    private static partial Regex LinkRegex();

    // **bold** or *italic* between non-word characters; a lone * (a product, "× 3") is left alone.
    [GeneratedRegex(@"(?<![\w*])(\*\*?)(?=\S)([^*\n]+?)(?<=\S)\1(?![\w*])")]
    private static partial Regex EmphasisRegex();

    [GeneratedRegex(@"^\s*\|[\s:|-]+\|\s*$")]
    private static partial Regex TableRuleRegex();
}
