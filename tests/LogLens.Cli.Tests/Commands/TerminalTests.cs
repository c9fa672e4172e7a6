namespace LogLens.Cli.Tests.Commands;

/// <summary>What analyze prints: a summary on stdout; progress on stderr only for a terminal; --quiet and --verbose.</summary>
public sealed class TerminalTests
{
    private static readonly string Noise = Repo.Path("fixtures", "scenarios", "noise-flagged");

    private static readonly CliEnvironment Terminal = new(ErrorIsTerminal: true, ProgressDelay: TimeSpan.Zero);

    [Fact]
    public void When_stderr_is_not_a_terminal_a_normal_run_writes_nothing_to_stderr()
    {
        var (_, output, error) = Cli.Run("analyze", Noise, "--out", Cli.TempDir(), "--no-plots");

        Assert.Equal(string.Empty, error);
        Assert.Contains("Verdict: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void When_stderr_is_a_terminal_the_ingest_shows_progress_and_clears_it()
    {
        var (_, output, error) = Cli.RunIn(Terminal, "analyze", Noise, "--out", Cli.TempDir(), "--no-plots");

        Assert.Contains("\rReading runs… ", error, StringComparison.Ordinal);
        Assert.EndsWith("\r", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Reading runs", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ingest_shorter_than_the_progress_delay_shows_no_progress()
    {
        var slowToShow = new CliEnvironment(ErrorIsTerminal: true, ProgressDelay: TimeSpan.FromHours(1));

        Assert.Equal(string.Empty, Cli.RunIn(slowToShow, "analyze", Noise, "--out", Cli.TempDir(), "--no-plots").Error);
    }

    [Fact]
    public void Quiet_prints_only_the_summary_verdict_line_even_in_a_terminal()
    {
        var normal = Cli.Run("analyze", Noise, "--out", Cli.TempDir(), "--no-plots");
        var (exit, output, error) = Cli.RunIn(Terminal, "analyze", Noise, "--out", Cli.TempDir(), "--no-plots", "--quiet");

        string verdict = normal.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')[^1];
        Assert.StartsWith("Verdict: ", verdict, StringComparison.Ordinal);
        Assert.Equal((1, verdict + "\n", string.Empty), (exit, output.ReplaceLineEndings("\n"), error));
    }

    [Fact]
    public void Quiet_still_prints_errors()
    {
        var (exit, _, error) = Cli.Run("analyze", "/nonexistent/runs", "--no-plots", "--quiet");

        Assert.Equal(2, exit);
        Assert.Contains("error: path not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_lists_timings_per_phase_on_stderr()
    {
        var (_, _, error) = Cli.Run("analyze", Noise, "--out", Cli.TempDir(), "--verbose");

        var phases = System.Text.RegularExpressions.Regex.Matches(error, @"^timing: (\w+) +\d+ ms$", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        Assert.Equal(["ingest", "analyze", "plots", "reports"], phases);
    }

    [Fact]
    public void Verbose_lists_every_ingest_diagnostic_with_its_path()
    {
        string runs = Cli.TempDir();
        foreach (string seed in new[] { "1", "2" })
        {
            string run = Directory.CreateDirectory(Path.Combine(runs, "run-" + seed)).FullName;
            File.WriteAllText(Path.Combine(run, "params.json"), $"{{\"learning_rate\": 0.1, \"seed\": {seed}}}");
            File.WriteAllText(Path.Combine(run, "metrics.jsonl"), "{\"step\": 1, \"eval/accuracy\": 0.5}\n{\"step\": 2, \"eval/acc");
        }

        var (_, _, error) = Cli.Run("analyze", runs, "--out", Cli.TempDir(), "--no-plots", "-v");

        Assert.Contains("2 diagnostics", error, StringComparison.Ordinal);
        Assert.Contains(Path.Combine("run-1", "metrics.jsonl").Replace('\\', '/'), error.Replace('\\', '/'), StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_and_verbose_together_are_a_usage_error() =>
        Assert.Equal(2, Cli.Run("analyze", Noise, "--out", Cli.TempDir(), "--no-plots", "--quiet", "--verbose").Exit);
}
