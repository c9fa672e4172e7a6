using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Ingest.Cache;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Cache;

public sealed class RunCacheTests : IDisposable
{
    private readonly TempFolder runs = new();
    private readonly TempFolder cacheFolder = new();

    public RunCacheTests()
    {
        runs.Write("a/params.json", "{\"lr\": 0.1, \"seed\": 1}");
        runs.Write("a/metrics.csv", "step,loss\n1,0.5\n2,0.4\n");
        runs.Write("b/metrics.csv", "step,loss\n1,0.7\n2,x\n");
    }

    [Fact]
    public void A_second_ingest_of_unchanged_runs_loads_every_run_from_the_cache_with_identical_content()
    {
        IngestResult first = Ingest(out _);
        IngestResult second = Ingest(out RunCache cache);

        Assert.Equal((2, 0), (cache.Hits, cache.Misses));
        Assert.Equal(first.Runs.Select(RunCacheFormatTests.Describe), second.Runs.Select(RunCacheFormatTests.Describe));
    }

    [Fact]
    public void A_run_read_with_diagnostics_replays_them_from_the_cache()
    {
        IngestResult first = Ingest(out _);
        IngestResult second = Ingest(out RunCache cache);

        Assert.Equal(2, cache.Hits);
        Assert.Contains(second.Diagnostics, d => d.Path == "b/metrics.csv");
        Assert.Equal(first.Diagnostics.ToArray(), second.Diagnostics.ToArray());
    }

    [Fact]
    public void A_file_whose_size_changes_is_read_again()
    {
        Ingest(out _);
        runs.Write("a/metrics.csv", "step,loss\n1,0.5\n2,0.4\n3,0.3\n");

        IngestResult second = Ingest(out RunCache cache);

        Assert.Equal((1, 1), (cache.Hits, cache.Misses));
        Assert.Equal(3, second.Runs.Single(r => r.Id == "a").FindSeries("loss")!.Count);
    }

    [Fact]
    public void A_file_rewritten_with_the_same_size_but_a_new_mtime_is_read_again()
    {
        string file = Path.Combine(runs.Path, "a", "metrics.csv");
        File.SetLastWriteTimeUtc(file, new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Ingest(out _);
        runs.Write("a/metrics.csv", "step,loss\n1,0.5\n2,0.9\n");
        File.SetLastWriteTimeUtc(file, new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc));

        IngestResult second = Ingest(out RunCache cache);

        Assert.Equal((1, 1), (cache.Hits, cache.Misses));
        Assert.Equal(0.9, second.Runs.Single(r => r.Id == "a").FindSeries("loss")!.Values[^1]);
    }

    [Fact]
    public void A_corrupt_entry_is_ignored_and_the_run_read_again()
    {
        IngestResult first = Ingest(out _);
        foreach (string entry in Entries())
        {
            byte[] bytes = File.ReadAllBytes(entry);
            File.WriteAllBytes(entry, bytes[..(bytes.Length / 2)]);
        }

        IngestResult second = Ingest(out RunCache cache);

        Assert.Equal((0, 2), (cache.Hits, cache.Misses));
        Assert.Equal(first.Runs.Select(RunCacheFormatTests.Describe), second.Runs.Select(RunCacheFormatTests.Describe));
        Assert.Equal(2, Ingest(out RunCache third).Runs.Length);
        Assert.Equal(2, third.Hits);
    }

    [Fact]
    public void Entries_of_runs_that_are_gone_are_pruned_and_other_files_are_kept()
    {
        Ingest(out _);
        cacheFolder.Write("notes.txt", "mine");
        Directory.Delete(Path.Combine(runs.Path, "b"), recursive: true);

        Ingest(out _);

        Assert.Single(Entries());
        Assert.True(File.Exists(Path.Combine(cacheFolder.Path, "notes.txt")));
    }

    [Fact]
    public void A_file_added_inside_a_folder_input_changes_the_key()
    {
        string folder = Path.Combine(runs.Path, "a");
        var run = new PendingRun("a", runs.Path, "", [new RunInput(folder, ThrowingReader.Default)]);
        string? before = RunCacheKey.Compute(run);

        runs.Write("a/deep/er/file.bin", "x");

        Assert.NotNull(before);
        Assert.NotEqual(before, RunCacheKey.Compute(run));
    }

    [Fact]
    public void A_symlinked_input_whose_target_changes_is_read_again()
    {
        using var outside = new TempFolder();
        string target = outside.Write("metrics.csv", "step,loss\n1,0.5\n");
        File.SetLastWriteTimeUtc(target, new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        try
        {
            Directory.CreateDirectory(Path.Combine(runs.Path, "c"));
            File.CreateSymbolicLink(Path.Combine(runs.Path, "c", "metrics.csv"), target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return; // no symlink support here: nothing to test
        }

        Ingest(out _);
        outside.Write("metrics.csv", "step,loss\n1,0.5\n2,0.4\n");

        IngestResult second = Ingest(out RunCache cache);

        Assert.Equal(2, second.Runs.Single(r => r.Id == "c").FindSeries("loss")!.Count);
        Assert.Equal(1, cache.Misses);
    }

    public void Dispose()
    {
        runs.Dispose();
        cacheFolder.Dispose();
    }

    private string[] Entries() => Directory.GetFiles(cacheFolder.Path, "*.llrc");

    private IngestResult Ingest(out RunCache cache)
    {
        cache = new RunCache(cacheFolder.Path);
        return RunIngestor.Ingest([runs.Path], LogLensConfig.Default, layouts: null, cache: cache);
    }
}
