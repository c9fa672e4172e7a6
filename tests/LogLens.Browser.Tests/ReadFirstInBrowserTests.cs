using System.Globalization;
using System.Text.RegularExpressions;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Findings;

namespace LogLens.Browser.Tests;

/// <summary>
/// report.html as a reviewer meets it in Chromium: it opens with what to do (the top findings with their plots drawn),
/// folded lists stay closed until a link into them is followed, and printing opens every fold. The test copy drops
/// the policy so a driver script can record what the page shows in the DOM.
/// </summary>
public sealed partial class ReadFirstInBrowserTests
{
    private const string Driver = """
        <script>
        var b = document.body;
        b.setAttribute('data-sections', Array.prototype.map.call(document.querySelectorAll('main > section'), function (s) { return s.id; }).join(','));
        b.setAttribute('data-top-images', Array.prototype.map.call(document.querySelectorAll('#read-first article.top img'), function (i) { return i.complete && i.naturalWidth > 0 ? 'drawn' : 'broken'; }).join(','));
        b.setAttribute('data-open-at-load', String(document.querySelectorAll('details[open]').length));
        var folded = document.querySelector('details.more article.finding');
        b.setAttribute('data-folded', folded ? folded.id : 'none');
        location.hash = '#' + (folded ? folded.id : 'none');
        setTimeout(function () {
          b.setAttribute('data-revealed', String(folded !== null && folded.closest('details').open));
          window.dispatchEvent(new Event('beforeprint'));
          b.setAttribute('data-closed-for-print', String(document.querySelectorAll('details:not([open])').length));
        }, 200);
        </script>
        """;

    [SkippableFact]
    public void The_report_opens_with_what_to_do_and_opens_a_fold_when_a_link_points_into_it()
    {
        Skip.IfNot(Chromium.IsInstalled, Chromium.SkipReason);
        AnalysisResult demo = DemoResult.Create();
        var extra = Enumerable.Range(0, 6).Select(i => Finding.Create(FindingCatalog.Underpowered,
            new Subject(Dataset: "extra-" + i.ToString(CultureInfo.InvariantCulture)), "underpowered", null));
        AnalysisResult result = demo with { Findings = [.. Analyzer.Sort([.. demo.Findings, .. extra])] };
        string html = PolicyMeta().Replace(BrowserReport.Render(result), string.Empty, 1);

        (string dom, string log) = BrowserReport.Open(html.Replace("</body>", Driver + "</body>", StringComparison.Ordinal), "--dump-dom", "--virtual-time-budget=5000");

        string sections = Attribute(dom, "data-sections");
        Assert.StartsWith("read-first,checklist,", sections, StringComparison.Ordinal);
        Assert.True(sections.IndexOf("by-question", StringComparison.Ordinal) < sections.IndexOf("findings", StringComparison.Ordinal), sections);
        int withPlots = FindingRollup.Top(result.Findings, 3).Sum(f => f.Plots.Length);
        Assert.True(withPlots > 0, "the demo's top findings have plots");
        Assert.Equal(string.Join(",", Enumerable.Repeat("drawn", withPlots)), Attribute(dom, "data-top-images"));
        Assert.Equal("0", Attribute(dom, "data-open-at-load"));
        Assert.Matches("^f-[0-9]+$", Attribute(dom, "data-folded"));
        Assert.Equal("true", Attribute(dom, "data-revealed"));
        Assert.Equal("0", Attribute(dom, "data-closed-for-print"));
        Assert.DoesNotContain("CONSOLE", log, StringComparison.Ordinal);
    }

    private static string Attribute(string dom, string name)
    {
        Match m = Regex.Match(dom, name + "=\"([^\"]*)\"");
        Assert.True(m.Success, $"{name} was not recorded: the driver script did not run to the end");
        return m.Groups[1].Value;
    }

    [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\"[^>]*>")]
    private static partial Regex PolicyMeta();
}
