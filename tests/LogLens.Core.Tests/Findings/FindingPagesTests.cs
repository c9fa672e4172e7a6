using System.Text.RegularExpressions;
using LogLens.Core.Findings;

namespace LogLens.Core.Tests.Findings;

/// <summary>Every catalog code has its page in docs/findings, embedded in LogLens.Core, with the four sections and its example image.</summary>
public sealed partial class FindingPagesTests
{
    private static readonly string Pages = Path.Combine(RepositoryRoot(), "docs", "findings");

    public static TheoryData<string> Codes => [.. FindingCatalog.All.Select(d => d.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_catalog_code_has_an_embedded_page_titled_with_its_code_and_name(string code)
    {
        Assert.True(FindingPages.Has(code), FindingPages.PathOf(code));
        Assert.StartsWith($"# {code} {FindingCatalog.Get(code).Name}\n", FindingPages.Text(code), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_page_has_the_four_sections_in_order_and_none_is_empty(string code)
    {
        string text = FindingPages.Text(code);
        var headings = text.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]).ToList();

        Assert.Equal(FindingPages.Sections, headings);
        Assert.All(FindingPages.Sections, s => Assert.NotEmpty(FindingPages.Section(code, s)));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_embedded_page_is_the_file_in_docs_findings(string code) =>
        Assert.Equal(File.ReadAllText(Path.Combine(Pages, code + ".md")).ReplaceLineEndings("\n"), FindingPages.Text(code));

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_example_names_a_fixture_folder_that_exists_and_its_image_when_it_shows_one(string code)
    {
        string example = FindingPages.Section(code, FindingPages.Example);
        Match folder = AnalyzeRegex().Match(example);

        Assert.True(folder.Success, $"{code}: the example names no `loglens analyze fixtures/scenarios/...` command");
        Assert.True(Directory.Exists(Path.Combine(RepositoryRoot(), "fixtures", "scenarios", folder.Groups[1].Value)), folder.Value);
        foreach (Match image in ImageRegex().Matches(example))
        {
            var png = new FileInfo(Path.Combine(Pages, image.Groups[1].Value));
            Assert.True(png.Exists && png.Length > 10_000, $"{code}: {image.Groups[1].Value} is missing or empty");
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png.FullName)[..4]);
        }
    }

    [Fact]
    public void Every_page_in_docs_findings_is_a_catalog_code()
    {
        var pages = Directory.GetFiles(Pages, "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(FindingCatalog.All.Select(d => d.Code), pages);
    }

    [Fact]
    public void The_example_images_stay_small_enough_to_commit()
    {
        long bytes = Directory.GetFiles(Path.Combine(Pages, "img"), "*.png").Sum(f => new FileInfo(f).Length);

        Assert.True(bytes < 3_000_000, $"docs/findings/img holds {bytes:N0} bytes");
    }

    [Fact]
    public void A_code_without_a_page_is_reported_as_missing() =>
        Assert.Throws<KeyNotFoundException>(() => FindingPages.Text("LL999"));

    [Fact]
    public void A_missing_section_is_empty() => Assert.Equal(string.Empty, FindingPages.Section("LL601", "No such heading"));

    [Fact]
    public void Unwrap_joins_the_lines_of_a_paragraph_and_keeps_list_items_tables_and_code_apart()
    {
        const string markdown = "One\nparagraph.\n\n- an item\n  that wraps\n- another\n1. first\n\n| a | b |\n|---|---|\n```\ncode\nkept\n```";

        Assert.Equal("One paragraph.\n\n- an item that wraps\n- another\n1. first\n\n| a | b |\n|---|---|\n```\ncode\nkept\n```", FindingPages.Unwrap(markdown));
    }

    [Fact]
    public void Plain_text_keeps_the_text_of_links_and_emphasis_and_drops_table_rules()
    {
        Assert.Equal("see docs/methods.md and LL103.\n| a | b |", FindingPages.PlainText("see [docs/methods.md](../methods.md#volume)\nand [LL103](LL103.md).\n| a | b |\n|---|---|"));
        Assert.Equal("- the start level and the end level are `medians`, 2 * 3", FindingPages.PlainText("- the **start level** and the *end level* are `medians`, 2 * 3"));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LogLens.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("LogLens.sln not found");
    }

    [GeneratedRegex(@"loglens analyze fixtures/scenarios/([A-Za-z0-9_-]+)")]
    private static partial Regex AnalyzeRegex();

    [GeneratedRegex(@"!\[[^\]]*\]\((img/[^)]+\.png)\)")]
    private static partial Regex ImageRegex();
}
