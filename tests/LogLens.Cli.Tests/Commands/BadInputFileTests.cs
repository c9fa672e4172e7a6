namespace LogLens.Cli.Tests.Commands;

/// <summary>Input files that are not what their names say: FIFOs, devices, binary data, control characters.</summary>
public sealed class BadInputFileTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public void Analyze_skips_a_metrics_file_linked_to_dev_zero_and_finishes()
    {
        string runs = TwoSeeds();
        try
        {
            File.CreateSymbolicLink(Path.Combine(runs, "seed-1", "metrics.jsonl"), "/dev/zero");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return; // no symlinks here
        }

        var (exit, _, error) = Within(() => Cli.Run("analyze", runs, "--out", Cli.TempDir(), "--no-plots", "--verbose"));

        Assert.Equal(0, exit);
        Assert.Contains("LL001 seed-1/metrics.jsonl: a character device, not a regular file; skipped", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_metrics_file_is_one_diagnostic_and_no_raw_byte_reaches_the_terminal()
    {
        string runs = TwoSeeds();
        var garbage = new byte[50_000];
        new Random(5).NextBytes(garbage);
        File.WriteAllBytes(Path.Combine(runs, "seed-1", "metrics.jsonl"), garbage);

        var (_, output, _) = Cli.Run("inspect", runs);

        Assert.Single(output.Split('\n'), l => l.Contains("seed-1/metrics.jsonl", StringComparison.Ordinal) && l.Contains("LL001", StringComparison.Ordinal));
        Assert.Contains("LL001 seed-1/metrics.jsonl:", output, StringComparison.Ordinal);
        Assert.Contains(": not text: a NUL byte at byte offset ", output, StringComparison.Ordinal);
        Assert.DoesNotContain(output, c => c != '\n' && char.IsControl(c));
    }

    [Fact]
    public void Control_characters_in_a_run_name_and_a_cell_are_escaped_on_every_stream()
    {
        string runs = TwoSeeds();
        string hostile = Path.Combine(runs, "seed-1", "run\u001b]0;owned\u0007");
        Directory.CreateDirectory(hostile);
        File.WriteAllText(Path.Combine(hostile, "params.json"), "{\"learning_rate\": 0.2, \"seed\": 1}");
        File.WriteAllText(Path.Combine(hostile, "metrics.csv"), "step,eval/accuracy\n1,0.5\n\u001b[2J,0.6\n");

        var inspect = Cli.Run("inspect", runs);
        var analyze = Cli.Run("analyze", runs, "--out", Cli.TempDir(), "--no-plots", "--verbose");

        Assert.Contains("seed-1/run\\x1B]0;owned\\x07", inspect.Output, StringComparison.Ordinal);
        Assert.Contains("step '\\x1B[2J' is not a number", analyze.Error, StringComparison.Ordinal);
        Assert.All(new[] { inspect.Output, inspect.Error, analyze.Output, analyze.Error }, text => Assert.DoesNotContain(text, c => c is not ('\n' or '\t') && char.IsControl(c)));
    }

    /// <summary>Two seeds of one config with a short, clean metrics.csv each.</summary>
    internal static string TwoSeeds()
    {
        string runs = Cli.TempDir();
        foreach (string seed in new[] { "1", "2" })
        {
            string run = Directory.CreateDirectory(Path.Combine(runs, "seed-" + seed)).FullName;
            File.WriteAllText(Path.Combine(run, "params.json"), $"{{\"learning_rate\": 0.1, \"seed\": {seed}}}");
            File.WriteAllText(Path.Combine(run, "metrics.csv"), "step,eval/accuracy\n1,0.5\n2,0.6\n");
        }

        return runs;
    }

    private static T Within<T>(Func<T> run)
    {
        Task<T> task = Task.Run(run);
        Assert.True(task.Wait(Limit), "analyze did not finish");
        return task.Result;
    }
}
