using LogLens.Core.Configuration;
using LogLens.Core.Export;
using LogLens.Core.Ingest;

namespace LogLens.Core.Tests.Ingest.ParquetExport;

/// <summary>
/// Repro of an open bug: reading the same export a second time in one process returns rows under the wrong metric
/// (first read correct; files byte-identical). Not concurrency (reads are serialised) and not SIMD decoding.
/// </summary>
public sealed class RepeatedReadTests
{
    private static string D(LogLens.Core.Model.Run r) => r.Id + " " + string.Join("|", r.Params) + " " + string.Join(";", r.Series.Select(x => x.Name + ":" + string.Join(",", x.Steps) + "=" + string.Join(",", x.Values))) + " " + string.Join(";", r.Scores);

    [Fact(Skip = "open bug: a second read of an export in the same process mixes up series rows (Parquet.Net 6.1 pooled state?)")]
    public async Task Reading_an_export_again_in_the_same_process_gives_the_same_runs()
    {
        string demo = Path.Combine(AppContext.BaseDirectory, "../../../../../fixtures/demo");
        var config = LogLensConfigLoader.Load(demo + "/loglens.yaml");
        IngestResult original = RunIngestor.Ingest([demo], config);
        string[] expected = [.. original.Runs.Select(D)];
        var bad = new List<string>();
        for (int i = 0; i < 8; i++)
        {
            string dir = Path.Combine(Path.GetTempPath(), "pqloop" + i);
            if (Directory.Exists(dir)) Directory.Delete(dir, true);
            await ParquetExportWriter.WriteAsync(original.RunSet, dir);
            IngestResult back = RunIngestor.Ingest([dir], config);
            string[] actual = [.. back.Runs.Select(D)];
            for (int j = 0; j < expected.Length; j++)
            {
                if (expected[j] != actual[j]) bad.Add(i + ": " + expected[j] + "\n   VS " + actual[j]);
            }
        }

        Assert.True(bad.Count == 0, string.Join("\n", bad.Take(4)));
    }
}
