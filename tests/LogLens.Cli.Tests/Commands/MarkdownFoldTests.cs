namespace LogLens.Cli.Tests.Commands;

/// <summary>report.md folds a config-groups table longer than 20 rows behind &lt;details&gt; (GitHub renders it), as report.html does.</summary>
public sealed class MarkdownFoldTests
{
    [Fact]
    public void The_demo_s_22_config_groups_fold_and_a_short_table_does_not()
    {
        string demo = Cli.TempDir(), small = Cli.TempDir();

        Cli.Run("analyze", Repo.Path("fixtures", "demo"), "--out", demo, "--no-plots", "--format", "md", "--fail-on", "never");
        Cli.Run("analyze", Repo.Path("fixtures", "scenarios", "noise-clean"), "--out", small, "--no-plots", "--format", "md", "--fail-on", "never");

        string text = File.ReadAllText(Path.Combine(demo, "report.md"));
        int open = text.IndexOf("<details><summary>Show the table (22 config groups)</summary>\n\n| Config |", StringComparison.Ordinal);
        Assert.True(open > text.IndexOf("## Config groups", StringComparison.Ordinal), "the groups table is not folded");
        Assert.Contains("\n\n</details>", text[open..], StringComparison.Ordinal);
        string few = File.ReadAllText(Path.Combine(small, "report.md"));
        Assert.Contains("## Config groups", few, StringComparison.Ordinal);
        Assert.DoesNotContain("<details>", few, StringComparison.Ordinal);
    }
}
