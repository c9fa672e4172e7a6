namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// The table and column names of a Parquet export (docs/parquet.md): long-format tables a Spark, DuckDB or
/// Trino job can write with plain SQL. Shared by the writer and by the import layout, so the two cannot drift apart.
/// </summary>
internal static class ParquetTables
{
    /// <summary>One row per run: run_id, formats.</summary>
    public const string Runs = "runs";

    /// <summary>One row per run parameter: run_id, key, value.</summary>
    public const string Params = "params";

    /// <summary>One row per run and metric, exact statistics of the full series (written, not read back).</summary>
    public const string Summaries = "summaries";

    /// <summary>One row per (downsampled) series point: run_id, metric, step, value.</summary>
    public const string Series = "series";

    /// <summary>One row per final score: run_id, dataset, metric, value, n, stderr.</summary>
    public const string Scores = "scores";

    /// <summary>One row per repeated sample: run_id, prompt_id, index, output and the optional sample fields.</summary>
    public const string Samples = "samples";

    /// <summary>One row per metric direction a log stated: run_id, metric, higher_is_better.</summary>
    public const string Directions = "directions";

    /// <summary>The manifest that marks a folder as a LogLens export.</summary>
    public const string ManifestFile = "loglens-export.json";

    /// <summary>The analysis configuration used at export, copied so analysing the export uses it too.</summary>
    public const string ConfigFile = "loglens.yaml";

    /// <summary>The file extension of every table.</summary>
    public const string Extension = ".parquet";

    /// <summary>Every table the exporter writes, in manifest order.</summary>
    public static IReadOnlyList<string> All { get; } = [Runs, Params, Summaries, Series, Scores, Samples, Directions];

    /// <summary>The file name of a table, e.g. "series.parquet".</summary>
    public static string FileName(string table) => table + Extension;
}
