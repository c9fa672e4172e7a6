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
