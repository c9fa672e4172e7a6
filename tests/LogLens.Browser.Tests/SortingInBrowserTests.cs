using System.Text.RegularExpressions;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;

namespace LogLens.Browser.Tests;

/// <summary>
/// Clicks the findings table's headers in a real browser. The report's policy admits only its own script, so the
/// test copy drops the policy and appends a driver script that clicks and records the row order in the DOM.
/// </summary>
public sealed partial class SortingInBrowserTests
{
    [SkippableFact]
    public void Clicking_headers_sorts_by_number_descending_then_by_severity_keeping_ties_in_order()
    {
        Skip.IfNot(Chromium.IsInstalled, Chromium.SkipReason);
        AnalysisResult result = DemoResult.Create();
        string html = PolicyMeta().Replace(BrowserReport.Render(result), string.Empty, 1);
        const string driver = """
            <script>
            var heads = document.querySelectorAll('#findings-table th button');
            function order() { return Array.prototype.map.call(document.querySelectorAll('#findings-table tbody tr'), function (r) { return r.cells[0].textContent; }).join(','); }
            heads[0].click(); heads[0].click();
            document.body.setAttribute('data-by-number', order());
            heads[1].click();
            document.body.setAttribute('data-by-severity', order());
            </script>
            """;

        (string dom, _) = BrowserReport.Open(html.Replace("</body>", driver + "</body>", StringComparison.Ordinal), "--dump-dom");

        int n = result.Findings.Length;
        string descending = string.Join(",", Enumerable.Range(1, n).Reverse());
        string bySeverity = string.Join(",", Enumerable.Range(1, n).OrderBy(i => result.Findings[i - 1].Severity).ThenBy(i => i));
        Assert.True(n >= 3, "the demo needs several findings to show sorting");
        Assert.Contains($"data-by-number=\"{descending}\"", dom, StringComparison.Ordinal);
        Assert.Contains($"data-by-severity=\"{bySeverity}\"", dom, StringComparison.Ordinal);
    }

    [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\"[^>]*>")]
    private static partial Regex PolicyMeta();
}
