using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Interchange.Parquet;

namespace LogLens.Core.Tests.Interchange.Parquet;

/// <summary>
/// Regression test: Parquet.Net 6.1 filled nullable buffers of required columns from stale pooled definition levels
/// once reads had run on several threads, so a later read of the same export in one process put rows under the
/// wrong metric. Ingest is parallel: eight write-and-read rounds in one process must all give the original runs.
/// </summary>
public sealed class RepeatedReadTests
{
    private static string Describe(LogLens.Core.Model.Run r) => r.Id + " " + string.Join("|", r.Params) + " " + string.Join(";", r.Series.Select(x => x.Name + ":" + string.Join(",", x.Steps) + "=" + string.Join(",", x.Values))) + " " + string.Join(";", r.Scores);

    [Fact]
    public async Task Reading_an_export_again_in_the_same_process_gives_the_same_runs()
    {
        string demo = Path.Combine(AppContext.BaseDirectory, "../../../../../fixtures/demo");
        var config = LogLensConfigLoader.Load(demo + "/loglens.yaml");
        IngestResult original = RunIngestor.Ingest([demo], config);
        string[] expected = [.. original.Runs.Select(Describe)];
        var bad = new List<string>();
        string root = Path.Combine(Path.GetTempPath(), "loglens-repeated-read-" + Guid.NewGuid().ToString("N"));
        try
        {
            for (int i = 0; i < 8; i++)
            {
                string dir = Path.Combine(root, "export" + i);
                await ParquetExportWriter.WriteAsync(original.RunSet, dir);
                string[] actual = [.. RunIngestor.Ingest([dir], config).Runs.Select(Describe)];
                if (actual.Length != expected.Length)
                {
                    bad.Add($"{i}: {actual.Length} runs read back, {expected.Length} exported");
                }

                bad.AddRange(expected.Zip(actual).Where(p => p.First != p.Second).Select(p => i + ": " + p.First + "\n   VS " + p.Second));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }

        Assert.True(bad.Count == 0, string.Join("\n", bad.Take(4)));
    }
}
