using System.Text.RegularExpressions;
using LogLens.Cli.Tests;

namespace LogLens.Interop.Tests;

/// <summary>
/// The SQL of docs/formats.md ("Parquet export: DuckDB and Spark"): each ```sql block after a
/// <c>&lt;!-- sql: name --&gt;</c> marker, run as printed there; only its quoted paths are made absolute.
/// </summary>
internal static partial class FormatsSql
{
    private static readonly Lazy<Dictionary<string, string>> Blocks = new(Read);

    /// <summary>The block <paramref name="name"/>, with 'runs/**, 'export/ and 'export-parts/ below <paramref name="root"/>.</summary>
    public static string Block(string name, string root)
    {
        Assert.True(Blocks.Value.TryGetValue(name, out string? sql), $"docs/formats.md has no <!-- sql: {name} --> block");
        string prefix = "'" + root.Replace('\\', '/').TrimEnd('/') + "/";
        return sql!
            .Replace("'runs/**", prefix + "runs/**", StringComparison.Ordinal)
            .Replace("'export/", prefix + "export/", StringComparison.Ordinal)
            .Replace("'export-parts/", prefix + "export-parts/", StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Read()
    {
        string text = File.ReadAllText(Repo.Path("docs", "formats.md")).ReplaceLineEndings("\n");
        var blocks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in Marked().Matches(text))
        {
            Assert.True(blocks.TryAdd(m.Groups["name"].Value, m.Groups["sql"].Value), "two blocks named " + m.Groups["name"].Value);
        }

        return blocks;
    }

    [GeneratedRegex(@"<!-- sql: (?<name>[a-z-]+) -->\n```sql\n(?<sql>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Marked();
}
