using System.Text.Json;
using System.Text.RegularExpressions;
using LogLens.Core.Findings;

namespace LogLens.Cli.Tests.Commands;

/// <summary>
/// Each finding page's example is true: the fixture folder it names fires that code, and the page shows an image
/// exactly when the finding draws a plot there (tools/render-finding-docs.sh copies that plot to docs/findings/img).
/// </summary>
public sealed partial class FindingPageExampleTests
{
    public static TheoryData<string> Folders =>
        [.. FindingCatalog.All.Select(d => Folder(d.Code)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Folders))]
    public void The_folder_a_page_names_fires_its_code_with_a_plot_when_the_page_shows_one(string folder)
    {
        string outDir = Cli.TempDir();
        Cli.Run("analyze", Repo.Path("fixtures", "scenarios", folder), "--out", outDir, "--no-plots", "--format", "json");
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "findings.json")));
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();

        foreach (string code in FindingCatalog.All.Select(d => d.Code).Where(c => Folder(c) == folder))
        {
            JsonElement? first = findings.FirstOrDefault(f => f.GetProperty("code").GetString() == code) is { ValueKind: JsonValueKind.Object } f ? f : null;
            Assert.True(first is not null, $"{code}: fixtures/scenarios/{folder} does not fire it");
            bool plotted = first.Value.GetProperty("plots").GetArrayLength() > 0;
            bool shown = FindingPages.Section(code, FindingPages.Example).Contains($"](img/{code}.png)", StringComparison.Ordinal);
            Assert.True(plotted == shown, $"{code}: the finding {(plotted ? "draws" : "draws no")} plot, the page {(shown ? "shows" : "shows no")} image");
        }
    }

    private static string Folder(string code) => AnalyzeRegex().Match(FindingPages.Section(code, FindingPages.Example)).Groups[1].Value;

    [GeneratedRegex(@"loglens analyze fixtures/scenarios/([A-Za-z0-9_-]+)")]
    private static partial Regex AnalyzeRegex();
}
