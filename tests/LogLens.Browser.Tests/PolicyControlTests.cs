using LogLens.Core.Reporting.Exporters;

namespace LogLens.Browser.Tests;

/// <summary>Proves the harness would notice: an inline script the report's policy does not admit is blocked and logged.</summary>
public sealed class PolicyControlTests
{
    [SkippableFact]
    public void A_script_outside_the_policy_is_blocked_and_the_violation_is_logged()
    {
        Skip.IfNot(Chromium.IsInstalled, Chromium.SkipReason);
        string page = $"<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"{HtmlExporter.ContentSecurityPolicy}\"></head>"
            + "<body><p>control</p><script>document.body.dataset.pwned = '1'</script></body></html>";

        (string dom, string log) = BrowserReport.Open(page, "--dump-dom");

        Assert.Contains("<p>control</p>", dom, StringComparison.Ordinal);
        Assert.DoesNotMatch(BrowserReport.PwnedBody(), dom);
        Assert.Contains("CONSOLE", log, StringComparison.Ordinal);
        Assert.Contains("Content Security Policy", log, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Without_the_policy_the_same_script_would_run_and_be_seen()
    {
        Skip.IfNot(Chromium.IsInstalled, Chromium.SkipReason);
        const string page = "<!DOCTYPE html><html><head></head><body><p>control</p><script>document.body.dataset.pwned = '1'</script></body></html>";

        (string dom, _) = BrowserReport.Open(page, "--dump-dom");

        Assert.Matches(BrowserReport.PwnedBody(), dom);
    }
}
