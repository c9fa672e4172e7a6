using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Tests.Reporting;

namespace LogLens.Core.Tests;

/// <summary>
/// LogLens.Core's public API is a reviewed list (Reporting/Golden/public-api.txt; LOGLENS_BLESS=1 rewrites it after a
/// deliberate change), and every type docs/library.md promises is in it.
/// </summary>
public sealed partial class PublicApiTests
{
    private static readonly Assembly Core = typeof(Analyzer).Assembly;

    [Fact]
    public void The_public_API_is_the_reviewed_list()
    {
        string actual = Listing();

        Assert.Equal(Golden.Expected("public-api.txt", actual), actual);
    }

    [Fact]
    public void Every_type_docs_library_md_names_is_public_and_nothing_of_the_plumbing_is()
    {
        string doc = File.ReadAllText(Path.Combine(Golden.Folder, "..", "..", "..", "..", "docs", "library.md"));
        var named = TypeColumn().Matches(doc).SelectMany(row => TypeName().Matches(row.Groups["cell"].Value).Select(m => m.Groups["type"].Value)).Distinct().ToList();
        var exported = Core.GetExportedTypes().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

        Assert.True(named.Count >= 10, "docs/library.md's table names the API's types");
        Assert.All(named.Where(n => n is not ("ReportPlotRenderer" or "PlotRenderer")), n => Assert.Contains(n, exported));
        // Interval (a low–high pair) is the one Statistics type results carry, e.g. a verdict's parameter effects.
        Assert.All(Core.GetExportedTypes().Where(t => t.Name != "Interval"), t => Assert.DoesNotMatch(@"\.(Statistics|Ingest\.Formats|Ingest\.Csv|Ingest\.Cache|Detection\.Detectors|Interchange|Comparison)(\.|$)", t.Namespace ?? string.Empty));
        Assert.DoesNotContain("IDetector", exported);
        Assert.DoesNotContain("IRunLayout", exported);
    }

    private static string Listing()
    {
        var text = new StringBuilder();
        foreach (Type type in Core.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(Kind(type)).Append(' ').Append(type.FullName).Append('\n');
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = type.GetMembers(flags)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && !(m is MethodInfo mi && mi.Name.Contains('<', StringComparison.Ordinal)))
                .Select(m => "  " + m.MemberType.ToString().ToLowerInvariant() + " " + m)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal);
            foreach (string member in members)
            {
                text.Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : "class";

    /// <summary>The "Type" column (the second) of a row of docs/library.md's API table.</summary>
    [GeneratedRegex(@"^\|[^|]+\|(?<cell>[^|]+)\|", RegexOptions.Multiline)]
    private static partial Regex TypeColumn();

    /// <summary>A type at the start of a backticked name: `Analyzer.Analyze(runs)` names Analyzer.</summary>
    [GeneratedRegex(@"`(?<type>[A-Z][A-Za-z]+)")]
    private static partial Regex TypeName();
}
