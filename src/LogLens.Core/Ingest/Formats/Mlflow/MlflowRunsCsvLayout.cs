using LogLens.Core.Ingest.Tables;

namespace LogLens.Core.Ingest.Formats.Mlflow;

/// <summary>
/// MLflow runs tables (format <c>mlflow-csv</c>): a CSV of any name whose header has <c>run_id</c>, <c>experiment_id</c>
/// and <c>status</c>, as <c>mlflow experiments csv</c> and <c>mlflow.search_runs().to_csv()</c> write it. Each row is a run,
/// id "&lt;table&gt;@experiment &lt;id&gt;/[&lt;parent&gt;/]&lt;run name&gt;", holding the final value of each metric
/// (<see cref="MlflowRunsCsv"/>).
/// </summary>
internal sealed class MlflowRunsCsvLayout : IRunLayout
{
    /// <summary>The format of MLflow runs tables.</summary>
    public const string FormatName = "mlflow-csv";

    /// <summary>The instance.</summary>
    public static readonly MlflowRunsCsvLayout Default = new();

    private MlflowRunsCsvLayout()
    {
    }

    /// <inheritdoc/>
    public string Format => FormatName;

    /// <inheritdoc/>
    public IEnumerable<RunLocation> Find(FolderListing folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return TableRuns.Find(folder, FormatName, "run_id", MlflowRunsCsv.IsHeader, MlflowRunsCsv.Read);
    }
}
