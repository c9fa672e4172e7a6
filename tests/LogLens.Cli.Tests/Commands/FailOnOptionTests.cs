namespace LogLens.Cli.Tests.Commands;

/// <summary>--fail-on on analyze and diff: one rule, any case; an unknown level is a usage error naming the three.</summary>
public sealed class FailOnOptionTests
{
    private static readonly string Demo = Repo.Path("fixtures", "demo");

    [Theory]
    [InlineData("ERROR", 1)]
    [InlineData("Warning", 1)]
    [InlineData("NEVER", 0)]
    [InlineData("never", 0)]
    public void Analyze_reads_the_level_in_any_case(string level, int expected)
    {
        var (exit, _, error) = Cli.Run("analyze", Demo, "--out", Cli.TempDir(), "--no-plots", "--format", "json", "--fail-on", level);

        Assert.Equal((expected, ""), (exit, error));
    }

    [Fact]
    public void An_unknown_level_is_a_usage_error_that_names_the_levels()
    {
        string outDir = Path.Combine(Cli.TempDir(), "out");

        var (exit, _, error) = Cli.Run("analyze", Demo, "--out", outDir, "--no-plots", "--fail-on", "loud");

        Assert.Equal((2, false), (exit, Directory.Exists(outDir)));
        Assert.Contains("--fail-on 'loud' is not a level; choose one of: error, warning, never", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_reads_the_level_in_any_case()
    {
        string outDir = Cli.TempDir();
        Assert.Equal(1, Cli.Run("analyze", Demo, "--out", outDir, "--no-plots", "--format", "json").Exit);
        string findings = Path.Combine(outDir, "findings.json");

        Assert.Equal(0, Cli.Run("diff", findings, findings, "--fail-on", "WARNING").Exit);
        Assert.Equal(2, Cli.Run("diff", findings, findings, "--fail-on", "sometimes").Exit);
    }
}
