namespace LogLens.Core.Ingest.Formats.Mlflow;

/// <summary>
/// The MLflow file store (<c>mlruns/</c>, docs/formats.md): in an experiment folder (meta.yaml with experiment_id and
/// lifecycle_stage) every child whose meta.yaml is a run's (run_uuid, or for older 2.x files without it a run's fields)
/// is a run, id = its folder; a run folder reached directly is a run too. Deleted runs and experiments are claimed,
/// skipped and reported; the model registry (<c>models/</c>) is claimed as not runs; <c>.trash</c> is reported, never
/// silently ignored. The SQLite store (<c>mlflow.db</c>) is <see cref="MlflowSqliteLayout"/>'s.
/// </summary>
internal sealed class MlflowLayout : IRunLayout
{
    /// <summary>The instance.</summary>
    public static readonly MlflowLayout Default = new();

    private static readonly string[] RunFolders = ["metrics", "params", "tags", "artifacts"];

    private MlflowLayout()
    {
    }

    /// <inheritdoc/>
    public string Format => MlflowRunReader.Default.Format;

    /// <inheritdoc/>
    public IEnumerable<RunLocation> Find(FolderListing folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var found = new List<RunLocation>();
        if (folder.File(MlflowMeta.FileName) is string metaPath)
        {
            MlflowMeta meta = MlflowMeta.Load(metaPath);
            if (meta.IsExperiment)
            {
                found.AddRange(Experiment(folder, meta));
            }
            else if (IsRun(meta, folder.Path))
            {
                found.Add(Run(folder, meta));
            }
        }

        if (MlflowStoreNotices.IsStoreRoot(folder))
        {
            found.Add(
                RunLocation.NotARun(folder.Path, folder.Folder("models") is string models ? [models] : [], MlflowStoreNotices.TrashContents(folder.Path)));
        }

        return found;
    }

    /// <summary>
    /// A run: meta.yaml with run_uuid, a run's meta.yaml without it (older 2.x: the folder name is the run id), or an
    /// unreadable meta.yaml (being rewritten); the last two only beside metrics/ or params/.
    /// </summary>
    private static bool IsRun(MlflowMeta meta, string folder) =>
        meta.IsRun
            || ((meta.Problem is not null || meta.HasRunFields)
                && (Directory.Exists(Path.Combine(folder, "metrics")) || Directory.Exists(Path.Combine(folder, "params"))));

    private static List<RunLocation> Experiment(FolderListing folder, MlflowMeta experiment)
    {
        var found = new List<RunLocation>();
        var deleted = new List<(string Folder, string? Name)>();
        foreach (string child in folder.Folders)
        {
            string metaPath = Path.Combine(child, MlflowMeta.FileName);
            if (!File.Exists(metaPath))
            {
                continue;
            }

            MlflowMeta meta = MlflowMeta.Load(metaPath);
            if (!IsRun(meta, child))
            {
                continue;
            }

            if (experiment.IsDeleted || meta.IsDeleted)
            {
                deleted.Add((child, meta["run_name"]));
            }
            else
            {
                found.Add(new RunLocation(child, string.Empty, [new RunInput(child, MlflowRunReader.Default)], [child]));
            }
        }

        if (deleted.Count > 0)
        {
            found.Add(RunLocation.NotARun(folder.Path, deleted.Select(d => d.Folder), MlflowStoreNotices.DeletedRuns(folder.Path, experiment, deleted)));
        }

        return found;
    }

    private static RunLocation Run(FolderListing folder, MlflowMeta meta)
    {
        string[] owned = [.. RunFolders.Select(folder.Folder).OfType<string>()];
        return meta.IsDeleted
            ? RunLocation.NotARun(folder.Path, owned, MlflowStoreNotices.DeletedRuns(folder.Path, null, [(folder.Path, meta["run_name"])]))
            : new RunLocation(folder.Path, string.Empty, [new RunInput(folder.Path, MlflowRunReader.Default)], [.. owned]);
    }
}
