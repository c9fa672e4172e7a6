using System.Text.Json;

namespace LogLens.Cli.Tests.Commands;

/// <summary>`loglens diff OLD NEW`: new, resolved, persisting, and the exit code from the new ones only.</summary>
public sealed class DiffCommandTests
{
    private static string Findings(string dir, string name, params (string Id, string Severity, string Status)[] findings)
    {
        string path = Path.Combine(dir, name);
        var items = findings.Select(f => new Dictionary<string, object>
        {
            ["id"] = f.Id,
            ["code"] = f.Id[..5],
            ["name"] = "Name" + f.Id[2..5],
            ["severity"] = f.Severity,
            ["message"] = "message of " + f.Id,
            ["status"] = f.Status,
        });
        File.WriteAllText(path, JsonSerializer.Serialize(new Dictionary<string, object> { ["schema"] = "loglens.findings/v1", ["findings"] = items }));
        return path;
    }

    [Fact]
    public void New_resolved_and_persisting_are_listed_and_a_new_error_fails()
    {
        string dir = Cli.TempDir();
        string old = Findings(dir, "old.json", ("LL101:run=a", "error", "new"), ("LL103:run=b", "warning", "new"));
        string @new = Findings(dir, "new.json", ("LL103:run=b", "warning", "new"), ("LL102:run=c", "error", "new"));

        var (exit, output, _) = Cli.Run("diff", old, @new, "--format", "json");

        Assert.Equal(1, exit);
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Equal("loglens.diff/v1", doc.RootElement.GetProperty("schema").GetString());
        Assert.Equal(["LL102:run=c"], doc.RootElement.GetProperty("new").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        Assert.Equal(["LL101:run=a"], doc.RootElement.GetProperty("resolved").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        Assert.Equal(["LL103:run=b"], doc.RootElement.GetProperty("persisting").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
    }

    [Fact]
    public void Only_new_findings_at_or_above_fail_on_count()
    {
        string dir = Cli.TempDir();
        string old = Findings(dir, "old.json", ("LL101:run=a", "error", "new"));
        string @new = Findings(dir, "new.json", ("LL101:run=a", "error", "new"), ("LL103:run=b", "warning", "new"));

        Assert.Equal(0, Cli.Run("diff", old, @new).Exit); // a persisting error and a new warning
        Assert.Equal(1, Cli.Run("diff", old, @new, "--fail-on", "warning").Exit);
        Assert.Equal(0, Cli.Run("diff", old, @new, "--fail-on", "never").Exit);
    }

    [Fact]
    public void A_suppressed_new_finding_is_listed_but_does_not_fail()
    {
        string dir = Cli.TempDir();
        string old = Findings(dir, "old.json");
        string @new = Findings(dir, "new.json", ("LL102:run=c", "error", "suppressed"));

        var (exit, output, _) = Cli.Run("diff", old, @new);

        Assert.Equal(0, exit);
        Assert.Contains("LL102 Name102 (suppressed)", output, StringComparison.Ordinal);
        Assert.Contains("1 new, 0 resolved, 0 persisting", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_has_one_table_per_non_empty_section()
    {
        string dir = Cli.TempDir();
        string old = Findings(dir, "old.json", ("LL101:run=a", "error", "new"));
        string @new = Findings(dir, "new.json", ("LL103:run=b", "warning", "new"));

        string output = Cli.Run("diff", old, @new, "--format", "md").Output;

        Assert.Contains("## New (1)", output, StringComparison.Ordinal);
        Assert.Contains("## Resolved (1)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("## Persisting", output, StringComparison.Ordinal);
        Assert.Contains("| warning | LL103 | Name103 | message of LL103:run=b |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_foreign_file_is_a_usage_error_naming_it()
    {
        string dir = Cli.TempDir();
        string good = Findings(dir, "good.json");
        string foreign = Path.Combine(dir, "foreign.json");
        File.WriteAllText(foreign, "{\"schema\": \"other\"}");

        var missing = Cli.Run("diff", Path.Combine(dir, "nope.json"), good);
        var wrong = Cli.Run("diff", good, foreign);

        Assert.Equal((2, 2), (missing.Exit, wrong.Exit));
        Assert.Contains("nope.json", missing.Error, StringComparison.Ordinal);
        Assert.Contains("foreign.json", wrong.Error, StringComparison.Ordinal);
    }
}
