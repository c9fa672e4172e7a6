namespace LogLens.Cli.Tests.Commands;

public sealed class CacheTests : IDisposable
{
    private readonly string temp = Path.Combine(Path.GetTempPath(), "loglens-cli-cache-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Analyze_writes_byte_identical_reports_with_a_cold_cache_a_warm_cache_and_no_cache()
    {
        string cache = Path.Combine(temp, "cache");
        string[] outs = [Path.Combine(temp, "cold"), Path.Combine(temp, "warm"), Path.Combine(temp, "none")];
        for (int i = 0; i < outs.Length; i++)
        {
            string[] args = ["analyze", Repo.Path("fixtures", "demo"), "--no-plots", "--format", "md,json", "--fail-on", "never", "--out", outs[i]];
            var (exit, _, error) = Cli.Run(i < 2 ? [.. args, "--cache", cache] : args);
            Assert.True(exit == 0, error);
        }

        Assert.NotEmpty(Directory.GetFiles(cache, "*.llrc"));
        foreach (string file in new[] { "report.md", "findings.json" })
        {
            byte[] expected = File.ReadAllBytes(Path.Combine(outs[2], file));
            Assert.Equal(expected, File.ReadAllBytes(Path.Combine(outs[0], file)));
            Assert.Equal(expected, File.ReadAllBytes(Path.Combine(outs[1], file)));
        }
    }

    [Fact]
    public void Inspect_accepts_a_cache_folder()
    {
        var (exit, output, error) = Cli.Run("inspect", Repo.Path("fixtures", "demo"), "--format", "json", "--cache", Path.Combine(temp, "c"));

        Assert.True(exit == 0, error);
        Assert.Contains("support-bot/lr-1e-4_r-8/seed-3", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(temp))
        {
            Directory.Delete(temp, recursive: true);
        }
    }
}
