using LogLens.Core.Ingest.Tables;

namespace LogLens.Core.Ingest.Formats.Optuna;

/// <summary>
/// Optuna trials tables (format <c>optuna</c>): a CSV of any name with the header of <c>study.trials_dataframe()</c>.
/// Each trial is a run, id "&lt;table&gt;#trial-&lt;number&gt;", in the table's study (<see cref="OptunaTrials"/>).
/// </summary>
internal sealed class OptunaTrialsLayout : IRunLayout
{
    /// <summary>The format of Optuna trials tables.</summary>
    public const string FormatName = "optuna";

    /// <summary>The instance.</summary>
    public static readonly OptunaTrialsLayout Default = new();

    private OptunaTrialsLayout()
    {
    }

    /// <inheritdoc/>
    public string Format => FormatName;

    /// <inheritdoc/>
    public IEnumerable<RunLocation> Find(FolderListing folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return TableRuns.Find(folder, FormatName, "number", OptunaTrials.IsHeader, OptunaTrials.Read);
    }
}
