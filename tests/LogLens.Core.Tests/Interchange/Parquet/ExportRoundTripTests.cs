using System.Collections.Immutable;
using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Ingest.Cache;
using LogLens.Core.Interchange.Parquet;
using LogLens.Core.Model;
using LogLens.Core.Tests.Ingest;
using LogLens.Core.Tests.Ingest.Cache;

namespace LogLens.Core.Tests.Interchange.Parquet;

/// <summary>Runs written by <see cref="ParquetExportWriter"/> read back by the layout.</summary>
public sealed class ExportRoundTripTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static RunSet Runs()
    {
        double[] steps = [.. Enumerable.Range(1, 50).Select(i => i * 10.0)];
        Run a = new(
            "sweep/lr-1e-4/seed-1",
            ["generic", "lm-eval"],
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, string>("lr", "0.0001"), new KeyValuePair<string, string>("seed", "1")]),
            [new MetricSeries("train/loss", steps, [.. steps.Select(s => s == 300 ? double.NaN : 1 / s)])],
            [new Score("test", "accuracy", 0.7, 200, 0.03), new Score("dev", "accuracy", 0.6)],
            [new Sample("p1", 0, "yes", 1, true, "test", "edge", "yes", "answer", false), new Sample("p1", 1, "no")])
        {
            Directions = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, bool>("accuracy", true)]),
        };
        Run b = new("sweep/lr-1e-4/seed-2", ["generic"], ImmutableSortedDictionary<string, string>.Empty.Add("seed", "2"), [], [new Score("test", "accuracy", 0.72)], []);
        return RunSet.Create([a, b], LogLensConfig.Default);
    }

    private string Export(string name, int maxPoints = 1000)
    {
        string directory = Path.Combine(folder.Path, name);
        ParquetExportWriter.WriteAsync(Runs(), directory, maxPoints).GetAwaiter().GetResult();
        return directory;
    }

    private static IngestResult Ingest(string directory, RunCache? cache = null) => RunIngestor.Ingest([directory], LogLensConfig.Default, layouts: null, cache: cache);

    [Fact]
    public void Every_field_of_every_run_survives_the_round_trip()
    {
        RunSet original = Runs();

        IngestResult back = Ingest(Export("export"));

        Assert.Empty(back.Diagnostics);
        Assert.Equal(original.Runs.Select(r => r.Id), back.Runs.Select(r => r.Id));
        foreach ((Run o, Run r) in original.Runs.Zip(back.Runs))
        {
            Assert.Equal(o.Params, r.Params);
            Assert.Equal(o.Scores.ToArray(), r.Scores.ToArray());
            Assert.Equal(o.Samples.ToArray(), r.Samples.ToArray());
            Assert.Equal(o.Directions, r.Directions);
            Assert.Equal(o.Series.Select(s => (s.Name, string.Join(' ', s.Steps), string.Join(' ', s.Values))), r.Series.Select(s => (s.Name, string.Join(' ', s.Steps), string.Join(' ', s.Values))));
        }
    }

    [Fact]
    public void Read_back_runs_keep_their_original_formats_and_add_parquet_export()
    {
        Run a = Ingest(Export("export")).Runs[0];

        Assert.Equal(["generic", "lm-eval", "parquet-export"], a.Formats.ToArray());
    }

    [Fact]
    public void Exporting_the_same_runs_twice_gives_byte_identical_files()
    {
        string first = Export("one");
        string second = Export("two");

        Assert.All(Directory.GetFiles(first), f => Assert.Equal(File.ReadAllBytes(f), File.ReadAllBytes(Path.Combine(second, Path.GetFileName(f)))));
        Assert.Equal(9 - 1, Directory.GetFiles(second).Length);
    }

    [Fact]
    public void An_export_inside_a_larger_folder_prefixes_its_run_ids_with_its_folder()
    {
        Export("exports/nightly");

        Assert.Equal(["exports/nightly/sweep/lr-1e-4/seed-1", "exports/nightly/sweep/lr-1e-4/seed-2"], folder.Ingest().Runs.Select(r => r.Id));
    }

    [Fact]
    public void A_second_ingest_with_the_cache_loads_every_run_of_the_export_from_it()
    {
        string directory = Export("export");
        var cache = new RunCache(Path.Combine(folder.Path, "cache"));
        IngestResult first = Ingest(directory, new RunCache(cache.Directory));

        IngestResult second = Ingest(directory, cache);

        Assert.Equal((2, 0), (cache.Hits, cache.Misses));
        Assert.Equal(first.Runs.Select(RunCacheFormatTests.Describe), second.Runs.Select(RunCacheFormatTests.Describe));
    }

    [Fact]
    public void Rewriting_a_table_of_the_export_invalidates_every_run_in_the_cache()
    {
        string directory = Export("export");
        var cache = new RunCache(Path.Combine(folder.Path, "cache"));
        Ingest(directory, new RunCache(cache.Directory));
        ParquetTable.Write(Path.Combine(directory, "scores.parquet"), ("run_id", new string?[] { "sweep/lr-1e-4/seed-2" }), ("dataset", new string?[] { "test" }), ("metric", new string?[] { "accuracy" }), ("value", new double[] { 0.9 }));

        IngestResult second = Ingest(directory, cache);

        Assert.Equal((0, 2), (cache.Hits, cache.Misses));
        Assert.Equal(0.9, second.Runs[1].Scores.Single().Value);
    }

    [Fact]
    public void A_downsampled_export_keeps_the_NaN_loss_the_detectors_flag()
    {
        Run a = Ingest(Export("export", maxPoints: 10)).Runs[0];

        MetricSeries loss = a.FindSeries("train/loss")!;
        Assert.Equal((true, 300.0), (loss.Count <= 10, loss.Steps[loss.FirstNonFiniteIndex]));
    }
}
