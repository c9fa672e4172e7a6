using LogLens.Core.Ingest;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Model;
using LogLens.Core.Tests.Ingest;

namespace LogLens.Core.Tests.Interchange.Parquet;

/// <summary>Tables written by another tool (DuckDB, Spark) without a manifest, with their own column types and extras.</summary>
public sealed class ForeignTablesTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string At(string relative) => Path.Combine(folder.Path, relative);

    private void WriteDuckDbStyleTables()
    {
        ParquetTable.Write(At("params.parquet"),
            ("run_id", new string?[] { "a", "a", "b", "b" }),
            ("key", new string?[] { "lr", "seed", "lr", "seed" }),
            ("value", new string?[] { "0.1", "1", "0.2", "1" }),
            ("source_file", new string?[] { "x.json", "x.json", "y.json", "y.json" }));
        ParquetTable.Write(At("series.parquet"),
            ("run_id", new string?[] { "a", "a", "a", "b", "b" }),
            ("metric", new string?[] { "loss", "loss", "loss", "loss", "loss" }),
            ("step", new int[] { 30, 10, 20, 10, 20 }),
            ("value", new decimal[] { 0.3m, 0.9m, 0.5m, 1.1m, 0.8m }),
            ("wall_time", new double[] { 1, 2, 3, 4, 5 }));
        ParquetTable.Write(At("scores.parquet"),
            ("run_id", new string?[] { "a", "b" }),
            ("dataset", new string?[] { "test", null }),
            ("metric", new string?[] { "accuracy", "accuracy" }),
            ("value", new float[] { 0.75f, 0.5f }));
    }

    [Fact]
    public void A_DuckDB_style_table_set_without_manifest_with_int32_steps_and_extra_columns_is_read()
    {
        WriteDuckDbStyleTables();

        IngestResult result = folder.Ingest();

        Assert.Equal(["a", "b"], result.Runs.Select(r => r.Id));
        Run a = result.Runs[0];
        Assert.Equal("0.1", a.Params["lr"]);
        Assert.Equal([10.0, 20, 30], a.Series.Single().Steps);
        Assert.Equal([0.9, 0.5, 0.3], a.Series.Single().Values);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_null_dataset_reads_as_the_default_dataset()
    {
        WriteDuckDbStyleTables();

        Run b = folder.Ingest().Runs.Single(r => r.Id == "b");

        Assert.Equal(new Score(RunSet.DefaultDataset, "accuracy", 0.5), b.Scores.Single());
    }

    [Fact]
    public void A_table_missing_a_required_column_is_a_diagnostic_naming_the_file_and_the_column()
    {
        WriteDuckDbStyleTables();
        ParquetTable.Write(At("series.parquet"), ("run_id", new string?[] { "a" }), ("metric", new string?[] { "loss" }), ("value", new double[] { 1 }));

        IngestResult result = folder.Ingest();

        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("series.parquet", true), (d.Path, d.Message.Contains("'step'", StringComparison.Ordinal)));
        Assert.Equal(2, result.Runs.Count(r => r.Params.Count == 2));
    }

    [Fact]
    public void A_truncated_table_is_a_diagnostic_and_the_other_tables_are_still_read()
    {
        WriteDuckDbStyleTables();
        byte[] bytes = File.ReadAllBytes(At("series.parquet"));
        File.WriteAllBytes(At("series.parquet"), bytes[..(bytes.Length / 2)]);

        IngestResult result = folder.Ingest();

        Assert.Contains(result.Diagnostics, d => d.Path == "series.parquet" && d.Code == IngestCodes.PartialFile);
        Assert.Equal((2, 0), (result.Runs.Count(r => r.Scores.Length == 1), result.Runs.Sum(r => r.Series.Length)));
    }

    [Fact]
    public void A_Spark_style_folder_of_part_files_is_one_table()
    {
        WriteDuckDbStyleTables();
        File.Move(At("series.parquet"), At("part-00000.parquet"));
        Directory.CreateDirectory(At("series"));
        File.Move(At("part-00000.parquet"), At("series/part-00000-abc.snappy.parquet"));
        ParquetTable.Write(At("series/part-00001-abc.snappy.parquet"), ("run_id", new string?[] { "b" }), ("metric", new string?[] { "loss" }), ("step", new long[] { 30 }), ("value", new double[] { 0.7 }));
        File.WriteAllText(At("series/_SUCCESS"), "");

        Run b = folder.Ingest().Runs.Single(r => r.Id == "b");

        Assert.Equal([10.0, 20, 30], b.FindSeries("loss")!.Steps);
    }

    [Fact]
    public void A_folder_with_a_series_table_lacking_run_id_and_no_manifest_is_not_an_export()
    {
        ParquetTable.Write(At("series.parquet"), ("metric", new string?[] { "loss" }), ("step", new int[] { 1 }), ("value", new double[] { 1 }));

        IngestResult result = folder.Ingest();

        Assert.Equal((0, 0), (result.Runs.Length, result.Diagnostics.Length));
    }
}
