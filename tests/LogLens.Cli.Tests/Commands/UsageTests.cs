namespace LogLens.Cli.Tests.Commands;

public sealed class UsageTests
{
    [Fact]
    public void A_missing_path_is_a_usage_error() =>
        Assert.Equal(2, Cli.Run("analyze", "/nonexistent/runs", "--no-plots").Exit);

    [Fact]
    public void A_missing_path_is_named_in_the_error()
    {
        var (exit, output, error) = Cli.Run("inspect", "/nonexistent/runs");

        Assert.Equal((2, "", "error: path not found: /nonexistent/runs\n"), (exit, output, error.ReplaceLineEndings("\n")));
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("inspect")]
    [InlineData("export")]
    [InlineData("compare")]
    public void A_file_given_for_a_folder_is_a_usage_error_naming_it(string command)
    {
        string file = Repo.Path("fixtures", "demo", "README.md");
        string outDir = Path.Combine(Cli.TempDir(), "out");
        string[] args = command switch
        {
            "analyze" or "export" => [command, file, "--out", outDir, "--no-plots"],
            "compare" => [command, file, "--baseline", "a=1", "--candidate", "a=2"],
            _ => [command, file],
        };
        if (command == "export")
        {
            args = args[..^1];
        }

        var (exit, output, error) = Cli.Run(args);

        Assert.Equal((2, "", false), (exit, output, Directory.Exists(outDir)));
        Assert.Contains("error: " + file + " is a file, not a folder of runs", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_value_is_a_usage_error() =>
        Assert.Equal(2, Cli.Run("analyze", Repo.Path("fixtures", "demo"), "--fail-on", "sometimes").Exit);

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var (exit, _, error) = Cli.Run("analyze", Repo.Path("fixtures", "demo"), "--format", "pdf", "--no-plots", "--out", Cli.TempDir());
        Assert.Equal(2, exit);
        Assert.Contains("unknown format 'pdf'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_runs_is_a_usage_error()
    {
        var (exit, _, error) = Cli.Run("analyze", Cli.TempDir(), "--no-plots");
        Assert.Equal(2, exit);
        Assert.Contains("no runs found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_config_is_a_usage_error()
    {
        string config = Path.Combine(Cli.TempDir(), "loglens.yaml");
        File.WriteAllText(config, "metrics: [unclosed\n");
        Assert.Equal(2, Cli.Run("inspect", Repo.Path("fixtures", "demo"), "--config", config).Exit);
    }

    [Fact]
    public void Explain_prints_the_remedy_for_a_known_code()
    {
        var (exit, output, _) = Cli.Run("explain", "LL601");
        Assert.Equal(0, exit);
        Assert.Contains("SeedNoiseDominates", output, StringComparison.Ordinal);
        Assert.Contains("What to do instead of tuning", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_rejects_an_unknown_code() => Assert.Equal(2, Cli.Run("explain", "LL999").Exit);

    [Fact]
    public void An_out_path_that_is_a_file_is_a_usage_error_naming_it()
    {
        string file = Path.Combine(Cli.TempDir(), "not-a-folder");
        File.WriteAllText(file, "x");

        var (exit, _, error) = Cli.Run("analyze", Repo.Path("fixtures", "scenarios", "noise-clean"), "--out", file, "--no-plots");

        Assert.Equal(2, exit);
        Assert.Contains("cannot write the report to " + file, error, StringComparison.Ordinal);
    }
}
