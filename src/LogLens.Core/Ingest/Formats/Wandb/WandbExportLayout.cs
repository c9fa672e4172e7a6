using LogLens.Core.Ingest.Tables;

namespace LogLens.Core.Ingest.Formats.Wandb;

/// <summary>
/// CSV files exported from a W&amp;B panel ("Export panel data"): recognised by their <c>__MIN</c>/<c>__MAX</c>
/// columns. Each run named in a CSV is a run of its own, id <c>&lt;folder&gt;#&lt;run name&gt;</c>; several CSVs in one
/// folder (one per panel) naming the same run are joined into it. A runs-table export ("Export CSV" of the runs table:
/// <c>Name, State, Notes, User, Tags, Created, Runtime, Sweep</c>, config and summary columns) gives one run per row,
/// id <c>&lt;table&gt;#&lt;run name&gt;</c>, holding its config and final summary values (<see cref="WandbRunsTable"/>).
/// </summary>
internal sealed class WandbExportLayout : IRunLayout
{
    /// <summary>The instance.</summary>
    public static readonly WandbExportLayout Default = new();

    private WandbExportLayout()
    {
    }

    /// <inheritdoc/>
    public string Format => WandbExportCsvReader.FormatName;

    /// <inheritdoc/>
    public IEnumerable<RunLocation> Find(FolderListing folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var runs = new List<RunLocation>();
        foreach (string file in folder.Files.Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)))
        {
            if (WandbExportColumns.Read(file) is not { } headers)
            {
                continue;
            }

            IEnumerable<string> names = headers.Skip(1)
                .Select(h => WandbExportColumns.TrySplit(h, out string run, out _) ? run : null)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal);
            runs.AddRange(names.Select(name => new RunLocation(folder.Path, "#" + name, [new RunInput(file, WandbExportCsvReader.For(name))], [])));
        }

        runs.AddRange(TableRuns.Find(folder, WandbExportCsvReader.FormatName, "State", WandbRunsTable.IsHeader, WandbRunsTable.Read));
        return runs;
    }
}
