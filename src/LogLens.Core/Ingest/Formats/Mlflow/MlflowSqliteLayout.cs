namespace LogLens.Core.Ingest.Formats.Mlflow;

/// <summary>
/// MLflow's SQLite tracking store (<c>mlflow.db</c>, the default since MLflow 3.7), found by content whatever its name:
/// a SQLite file with MLflow's tables (<see cref="MlflowSqliteSchema"/>). Each run is a run of its own: id
/// "&lt;store file&gt;@&lt;experiment&gt;/[&lt;parent run&gt;/]&lt;run name&gt;" (see <see cref="MlflowSqliteNames"/>), input the store file
/// read by one <see cref="MlflowSqliteReader"/> per run. Deleted runs and experiments and FAILED runs without metrics are
/// skipped and reported; a store that cannot be read (damaged, locked, wrong schema) is one LL001; another SQLite
/// database is left alone.
/// </summary>
internal sealed class MlflowSqliteLayout : IRunLayout
{
    /// <summary>The instance.</summary>
    public static readonly MlflowSqliteLayout Default = new();

    private MlflowSqliteLayout()
    {
    }

    /// <inheritdoc/>
    public string Format => "mlflow-sqlite";

    /// <inheritdoc/>
    public IEnumerable<RunLocation> Find(FolderListing folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var found = new List<RunLocation>();
        foreach (string file in folder.Files)
        {
            if (!MlflowSqliteFile.HasHeader(file))
            {
                if (MlflowSqliteFile.NamedLikeStore(file))
                {
                    found.Add(RunLocation.NotARun(folder.Path, [], new LayoutNotice(IngestCodes.UnreadableFile, file,
                        "named like an MLflow SQLite store but not a SQLite database (empty, truncated or damaged?); not read")));
                }

                continue;
            }

            (MlflowSqliteStore? store, LayoutNotice? problem) = MlflowSqliteStore.Open(file);
            if (problem is not null)
            {
                found.Add(RunLocation.NotARun(folder.Path, [], problem));
            }

            if (store is not null)
            {
                if (!store.Notices.IsEmpty)
                {
                    found.Add(RunLocation.NotARun(folder.Path, [], store.Notices));
                }

                found.AddRange(store.Runs.Select(run => new RunLocation(file, run.Suffix, [new RunInput(file, new MlflowSqliteReader(store, run))], [])));
            }
        }

        return found;
    }
}
