using System.Globalization;
using System.Text.Json.Nodes;
using LogLens.Cli.Tests;
using InProcess = LogLens.Cli.Tests.Cli;
using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Interop.Tests;

/// <summary>
/// The Parquet hand-off with a real second engine: DuckDB writes an export from the demo's raw files that LogLens
/// analyses like the original, and reads LogLens's export back to the same numbers. The SQL is docs/formats.md's.
/// </summary>
public sealed class DuckDbRoundTripTests : IDisposable
{
    private const double Relative = 1e-12;

    private readonly string temp = InProcess.TempDir();

    public void Dispose()
    {
        if (Directory.Exists(temp))
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    [Fact]
    public void DuckDB_writes_from_the_raw_files_an_export_that_gives_the_same_findings_and_verdict()
    {
        string runs = CopyDemo();
        string export = WriteWithDuckDb(runs);

        using (var db = new DuckDb())
        {
            // What DuckDB wrote: every run's parameters, the planted +Infinity loss, the multi-domain scores.
            Assert.Equal(38L, db.Query($"SELECT count(DISTINCT run_id) AS n FROM '{export}/params.parquet'")[0]["n"]);
            Assert.Equal("3e-05", db.Query($"SELECT value FROM '{export}/params.parquet' WHERE run_id = 'support-bot/lr-3e-5_r-8/seed-3' AND key = 'learning_rate'")[0]["value"]);
            Assert.Equal(double.PositiveInfinity, db.Query($"SELECT value FROM '{export}/series.parquet' WHERE run_id = 'support-bot/lr-1e-4_r-8/seed-3' AND metric = 'train/loss' AND step = 880")[0]["value"]);
            Assert.Equal(80L, db.Query($"SELECT count(*) AS n FROM '{export}/scores.parquet'")[0]["n"]);
        }

        JsonObject original = Analyze(runs, "original");
        JsonObject duck = Analyze(export, "duckdb");

        Assert.Equal(Findings(original), Findings(duck));
        Assert.Contains(Findings(duck), f => f.StartsWith("LL101 error", StringComparison.Ordinal));
        Assert.Equal(original["verdict"]!.ToJsonString(), duck["verdict"]!.ToJsonString());
        Assert.Equal("Stop tuning parameters: fix evaluation / noise (seeds / datasets) first. Also fix training in run support-bot/lr-1e-4_r-8/seed-3.", duck["verdict"]!["headline"]!.GetValue<string>());

        // Beyond codes, subjects and severities: every message, evidence number and group statistic is the same.
        original.Remove("input");
        duck.Remove("input");
        Assert.Equal(original.ToJsonString(), duck.ToJsonString());
    }

    [Fact]
    public void A_series_table_that_DuckDB_writes_as_a_folder_of_part_files_is_read_like_the_single_file()
    {
        string export = WriteWithDuckDb(CopyDemo());
        string parts = Path.Combine(temp, "export-parts");
        Directory.CreateDirectory(parts);
        using (var db = new DuckDb())
        {
            db.Execute(FormatsSql.Block("write-series-parts", temp));
        }

        foreach (string file in (string[])["params.parquet", "scores.parquet", "loglens.yaml"])
        {
            File.Copy(Path.Combine(export, file), Path.Combine(parts, file));
        }

        string[] partFiles = Directory.GetFiles(Path.Combine(parts, "series"), "part-*.parquet");
        Assert.True(partFiles.Length >= 2, $"{partFiles.Length} part file(s)");

        JsonObject single = Analyze(export, "single");
        JsonObject folder = Analyze(parts, "parts");
        Assert.Equal(Findings(single), Findings(folder));
        single.Remove("input");
        folder.Remove("input");
        Assert.Equal(single.ToJsonString(), folder.ToJsonString());
    }

    [Fact]
    public void DuckDB_reads_from_a_LogLens_export_the_final_values_and_config_means_LogLens_computes()
    {
        string demo = Repo.Path("fixtures", "demo");
        string export = Path.Combine(temp, "export");
        var (exit, _, error) = InProcess.Run("export", demo, "--out", export);
        Assert.True(exit == 0, error);
        RunSet runSet = RunIngestor.Ingest([demo], LogLensConfigLoader.Load(Path.Combine(demo, "loglens.yaml"))).RunSet;
        JsonArray groups = Analyze(demo, "report")["groups"]!.AsArray();

        using var db = new DuckDb();

        // Final value per run and metric: the last finite value of the series LogLens ingested.
        var finals = db.Query(FormatsSql.Block("final-values", temp));
        var expected = runSet.Runs.SelectMany(r => r.Series.Select(s => (Run: r.Id, Metric: s.Name, Final: s.LastFinite))).ToList();
        Assert.Equal(expected.Count, finals.Count);
        Assert.True(expected.Count >= 18 * 4, expected.Count + " series");
        foreach (var (run, metric, final) in expected)
        {
            var row = Assert.Single(finals, f => (string)f["run_id"]! == run && (string)f["metric"]! == metric);
            AssertClose(final, row["final"], $"{run} {metric}");
        }

        // Per-config means of the final values: findings.json's groups (config × dataset, mean and n per metric).
        var means = db.Query(FormatsSql.Block("config-means", temp));
        int matched = 0;
        foreach (JsonNode? group in groups)
        {
            string members = string.Join(",", group!["runs"]!.AsArray().Select(r => r!.GetValue<string>()));
            string dataset = group["dataset"]!.GetValue<string>();
            foreach ((string metric, JsonNode? stats) in group["metrics"]!.AsObject())
            {
                var row = Assert.Single(means, m => (string)m["runs"]! == members && (string)m["metric"]! == metric
                    && (dataset == (string)m["dataset"]! || dataset.EndsWith("/" + (string)m["dataset"]!, StringComparison.Ordinal)));
                Assert.Equal(stats!["n"]!.GetValue<long>(), (long)row["n"]!);
                AssertClose(stats["mean"]!.GetValue<double>(), row["mean"], $"{members} {metric}");
                Assert.Equal(runSet.Keys[members.Split(',')[0]].ConfigKey, (string)row["config"]!);
                matched++;
            }
        }

        // Every mean DuckDB gives is one LogLens reports (epoch, a metric of role "other", is not in the groups).
        Assert.Equal(means.Count(m => (string)m["metric"]! != "epoch"), matched);
        Assert.Equal(16 + (6 * 3), matched);
    }

    /// <summary>fixtures/demo copied to temp/runs, the layout the docs' SQL reads.</summary>
    private string CopyDemo()
    {
        string source = Repo.Path("fixtures", "demo");
        string target = Path.Combine(temp, "runs");
        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    /// <summary>temp/export as docs/formats.md's three statements write it, with the runs' loglens.yaml beside the tables.</summary>
    private string WriteWithDuckDb(string runs)
    {
        string export = Path.Combine(temp, "export");
        Directory.CreateDirectory(export);
        using (var db = new DuckDb())
        {
            foreach (string block in (string[])["write-series", "write-scores", "write-params"])
            {
                db.Execute(FormatsSql.Block(block, temp));
            }
        }

        File.Copy(Path.Combine(runs, "loglens.yaml"), Path.Combine(export, "loglens.yaml"));
        return export;
    }

    private JsonObject Analyze(string input, string name)
    {
        string output = Path.Combine(temp, "report-" + name);
        var (exit, _, error) = InProcess.Run("analyze", input, "--out", output, "--no-plots", "--format", "json", "--fail-on", "never");
        Assert.True(exit == 0, error);
        return JsonNode.Parse(File.ReadAllText(Path.Combine(output, "findings.json")))!.AsObject();
    }

    /// <summary>Each finding as "code severity subject", in report order.</summary>
    private static List<string> Findings(JsonObject findings) =>
        [.. findings["findings"]!.AsArray().Select(f => $"{f!["code"]} {f["severity"]} {f["subject"]!.ToJsonString()}")];

    private static void AssertClose(double expected, object? actual, string what)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(actual is null, $"{what}: LogLens has no finite value, DuckDB {actual}");
            return;
        }

        double value = Convert.ToDouble(actual, CultureInfo.InvariantCulture);
        Assert.True(
            Math.Abs(value - expected) <= Relative * Math.Max(Math.Abs(expected), double.Epsilon),
            $"{what}: LogLens {expected:R}, DuckDB {value:R}");
    }
}
