using LogLens.Core.Configuration;
using LogLens.Core.Ingest;

namespace LogLens.Core.Tests.Ingest;

public sealed class RunIngestorTests
{
    [Fact]
    public void Every_folder_with_a_recognised_file_is_a_run_with_a_relative_slash_id()
    {
        using var dir = new TempFolder();
        dir.Write("params.json", "{\"a\": 1}");
        dir.Write("sweep/lr=0.1/seed=1/metrics.csv", "step,loss\n1,0.5\n");
        dir.Write("sweep/lr=0.1/seed=2/metrics.jsonl", "{\"step\": 1, \"loss\": 0.4}\n");
        dir.Write("sweep/notes/readme.txt", "not a run");
        var result = dir.Ingest();
        Assert.Equal([".", "sweep/lr=0.1/seed=1", "sweep/lr=0.1/seed=2"], result.Runs.Select(r => r.Id));
        Assert.Equal(["generic"], result.Runs[1].Formats.ToArray());
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Hidden_bin_and_obj_folders_are_skipped()
    {
        using var dir = new TempFolder();
        dir.Write("run/metrics.csv", "step,loss\n1,0.5\n");
        dir.Write(".git/metrics.csv", "step,loss\n1,0.5\n");
        dir.Write("bin/metrics.csv", "step,loss\n1,0.5\n");
        dir.Write("run/obj/metrics.csv", "step,loss\n1,0.5\n");
        Assert.Equal(["run"], dir.Ingest().Runs.Select(r => r.Id));
    }

    [Fact]
    public void A_symlink_loop_is_not_followed()
    {
        using var dir = new TempFolder();
        dir.Write("run/metrics.csv", "step,loss\n1,0.5\n");
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(dir.Path, "run", "loop"), dir.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return; // no symlink support here: nothing to test
        }

        Assert.Equal(["run"], dir.Ingest().Runs.Select(r => r.Id));
    }

    [Fact]
    public void A_healthy_run_beside_a_broken_one_is_read_in_full()
    {
        using var dir = new TempFolder();
        dir.Write("good/params.json", "{\"lr\": 0.1, \"seed\": 1}");
        dir.Write("good/metrics.csv", "step,loss\n1,0.5\n2,0.4\n");
        dir.WriteBytes("bad/params.json", [0x7B, 0xFF, 0x00, 0x22]);
        dir.WriteBytes("bad/metrics.jsonl", [0x00, 0x01, 0x7B, 0x0A, 0xC3]);
        dir.WriteBytes("bad/metrics.csv", [0x22, 0x0A, 0x22, 0x2C]);
        var result = dir.Ingest();
        var good = result.Runs.Single(r => r.Id == "good");
        Assert.Equal("0.1", good.Params["lr"]);
        Assert.Equal([0.5, 0.4], good.FindSeries("loss")!.Values);
        Assert.DoesNotContain(result.Diagnostics, d => d.Path.StartsWith("good/", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Path == "bad/params.json" && d.Code == "LL001");
    }

    [Fact]
    public void A_reader_that_throws_costs_only_its_file()
    {
        using var dir = new TempFolder();
        dir.Write("a/metrics.csv", "step,loss\n1,0.5\n");
        dir.Write("a/boom.txt", "x");
        dir.Write("b/boom.txt", "x");
        var result = RunIngestor.Ingest([dir.Path], LogLensConfig.Default, [ThrowingReader.Default, .. DefaultLayouts.All]);
        Assert.Equal(["a", "b"], result.Runs.Select(r => r.Id));
        Assert.Single(result.Runs[0].Series);
        Assert.Equal(["a/boom.txt", "b/boom.txt"], result.Diagnostics.Where(d => d.Code == "LL001").Select(d => d.Path));
    }

    [Fact]
    public void A_missing_path_is_an_error_and_the_other_paths_are_still_read()
    {
        using var dir = new TempFolder();
        dir.Write("run/metrics.csv", "step,loss\n1,0.5\n");
        var result = RunIngestor.Ingest([Path.Combine(dir.Path, "nope"), dir.Path], LogLensConfig.Default);
        Assert.False(result.Succeeded);
        Assert.Contains("nope", Assert.Single(result.Errors), StringComparison.Ordinal);
        Assert.Single(result.Runs);
    }

    [Fact]
    public void A_file_path_is_an_error_naming_it_and_the_folder_around_it_is_not_read()
    {
        using var dir = new TempFolder();
        string file = dir.Write("metrics.csv", "step,loss\n1,0.5\n");

        var result = RunIngestor.Ingest([file], LogLensConfig.Default);

        Assert.Equal(file + " is a file, not a folder of runs (to analyse the runs around it, give its folder: " + dir.Path + ")", Assert.Single(result.Errors));
        Assert.Empty(result.Runs);
    }

    [Fact]
    public void Several_roots_prefix_run_ids_with_their_folder_names()
    {
        using var one = new TempFolder();
        using var two = new TempFolder();
        one.Write("r/metrics.csv", "step,loss\n1,0.5\n");
        two.Write("metrics.csv", "step,loss\n1,x\n");
        var result = RunIngestor.Ingest([one.Path, two.Path], LogLensConfig.Default);
        string a = Path.GetFileName(one.Path), b = Path.GetFileName(two.Path);
        Assert.Equal(new[] { a + "/r", b }.Order(StringComparer.Ordinal), result.Runs.Select(r => r.Id));
        Assert.Equal(b + "/metrics.csv", Assert.Single(result.Diagnostics).Path);
    }

    [Fact]
    public void Output_is_identical_across_repeated_parallel_ingests()
    {
        using var dir = new TempFolder();
        for (int i = 0; i < 40; i++)
        {
            dir.Write($"sweep/run{i:D2}/metrics.csv", $"step,loss\n1,{i}\n0,x\n");
        }

        string Snapshot()
        {
            var r = dir.Ingest();
            return string.Join("|", r.Runs.Select(x => x.Id + ":" + x.Series[0].Values[0])) + string.Join("|", r.Diagnostics);
        }

        string first = Snapshot();
        Assert.Equal(first, Snapshot());
        Assert.Equal(first, Snapshot());
    }

    [Fact]
    public void The_run_set_groups_runs_by_params_and_seed()
    {
        using var dir = new TempFolder();
        dir.Write("a/params.json", "{\"lr\": 0.1, \"seed\": 1}");
        dir.Write("a/scores.csv", "dataset,metric,value\nheldout,accuracy,0.7\n");
        dir.Write("b/params.yaml", "lr: 0.1\nseed: 2\n");
        dir.Write("b/scores.csv", "dataset,metric,value\nheldout,accuracy,0.72\n");
        var group = Assert.Single(dir.Ingest().RunSet.Groups);
        Assert.Equal(["a", "b"], group.RunIds.ToArray());
        Assert.Equal("lr=0.1", group.ConfigKey);
    }
}
