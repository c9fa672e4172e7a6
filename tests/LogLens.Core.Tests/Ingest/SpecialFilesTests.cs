using System.Diagnostics;
using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Ingest.Formats;

namespace LogLens.Core.Tests.Ingest;

/// <summary>Only regular files are read: a FIFO (opening it blocks) or a device (it never ends) is skipped with one LL001.</summary>
public sealed class SpecialFilesTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public void A_metrics_file_that_is_a_fifo_is_skipped_with_a_diagnostic_naming_it()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // FIFOs are told from regular files with Linux's statx
        }

        using var dir = new TempFolder();
        dir.Write("run/params.json", "{\"lr\": 0.1, \"seed\": 1}");
        MakeFifo(Path.Combine(dir.Path, "run", "metrics.jsonl"));

        IngestResult result = IngestWithin(dir);

        Assert.Equal(["run"], result.Runs.Select(r => r.Id));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL001", "run/metrics.jsonl"), (diagnostic.Code, diagnostic.Path));
        Assert.StartsWith("a FIFO (named pipe), not a regular file; skipped", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_metrics_file_linked_to_dev_zero_is_skipped_instead_of_read_forever()
    {
        using var dir = new TempFolder();
        dir.Write("run/params.json", "{\"lr\": 0.1, \"seed\": 1}");
        if (!TryLink(Path.Combine(dir.Path, "run", "metrics.jsonl"), "/dev/zero"))
        {
            return;
        }

        IngestResult result = IngestWithin(dir);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL001", "run/metrics.jsonl"), (diagnostic.Code, diagnostic.Path));
        Assert.Contains("device, not a regular file", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("0.1", Assert.Single(result.Runs).Params["lr"]);
    }

    [Fact]
    public void A_fifo_that_no_layout_claims_is_still_never_opened()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var dir = new TempFolder();
        dir.Write("run/metrics.csv", "step,loss\n1,0.5\n");
        MakeFifo(Path.Combine(dir.Path, "run", "trainer_state.json")); // a name the HF Trainer layout peeks into

        IngestResult result = IngestWithin(dir);

        Assert.Equal("run/trainer_state.json", Assert.Single(result.Diagnostics).Path);
        Assert.Single(result.Runs);
    }

    [Fact]
    public void A_symlink_to_a_regular_file_is_read()
    {
        using var dir = new TempFolder();
        string target = dir.Write("elsewhere/metrics.csv", "step,loss\n1,0.5\n2,0.4\n");
        if (!TryLink(Path.Combine(dir.Path, "run", "metrics.csv"), target))
        {
            return;
        }

        IngestResult result = IngestWithin(dir);

        Assert.Equal(2, result.Runs.Single(r => r.Id == "run").FindSeries("loss")!.Count);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Regular_files_and_folders_are_not_special()
    {
        using var dir = new TempFolder();
        string file = dir.Write("a.txt", "x");

        Assert.Equal((null, null, null), (SpecialFiles.Describe(file), SpecialFiles.Describe(dir.Path), SpecialFiles.Describe(Path.Combine(dir.Path, "missing"))));
    }

    /// <summary>Ingests on another thread and fails (instead of hanging the test run) when it takes too long.</summary>
    private static IngestResult IngestWithin(TempFolder dir)
    {
        Task<IngestResult> ingest = Task.Run(() => RunIngestor.Ingest([dir.Path], LogLensConfig.Default));
        Assert.True(ingest.Wait(Limit), "ingest did not finish: a FIFO or device was read");
        return ingest.Result;
    }

    private static void MakeFifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static bool TryLink(string link, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        try
        {
            File.CreateSymbolicLink(link, target);
            return File.Exists(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return false; // no symlink support here: nothing to test
        }
    }
}
