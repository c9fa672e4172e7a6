using System.Globalization;

namespace LogLens.Core.Ingest.Formats.Mlflow;

/// <summary>What the MLflow layout reports instead of reading: deleted runs, the trash, an SQLite store.</summary>
internal static class MlflowStoreNotices
{
    private const string TrashFolder = ".trash";
    private const int MaxListed = 10;

    /// <summary>mlflow.db, or another *.db whose name says MLflow (mlruns.db): MLflow's SQLite backend.</summary>
    public static bool IsSqliteStore(string file)
    {
        string name = Path.GetFileName(file);
        return name.EndsWith(".db", StringComparison.OrdinalIgnoreCase)
            && (name.Contains("mlflow", StringComparison.OrdinalIgnoreCase) || name.Contains("mlruns", StringComparison.OrdinalIgnoreCase));
    }

    public static LayoutNotice SqliteStore(string file) => new(
        IngestCodes.UnreadableFile,
        file,
        $"MLflow SQLite tracking store: not supported, no runs read from it. Export each experiment with `mlflow experiments csv -x <experiment id> -o runs.csv`, "
        + "or log to a file store (MLFLOW_TRACKING_URI=file:./mlruns) and point LogLens at that folder");

    /// <summary>The runs of one experiment that were skipped because they (or the experiment) are deleted.</summary>
    public static LayoutNotice DeletedRuns(string folder, MlflowMeta? experiment, IReadOnlyList<(string Folder, string? Name)> runs)
    {
        string list = string.Join(", ", runs.Take(MaxListed).Select(r => Path.GetFileName(r.Folder) + (r.Name is null ? "" : " (" + r.Name + ")")))
            + (runs.Count > MaxListed ? string.Create(CultureInfo.InvariantCulture, $" and {runs.Count - MaxListed} more") : "");
        string message = experiment is { IsDeleted: true }
            ? string.Create(CultureInfo.InvariantCulture, $"experiment '{experiment["name"]}' is deleted (lifecycle_stage: deleted): its {runs.Count} run(s) skipped: {list}")
            : string.Create(CultureInfo.InvariantCulture, $"{runs.Count} deleted run(s) skipped (lifecycle_stage: deleted): {list}");
        return new LayoutNotice(IngestCodes.PartialFile, folder, message);
    }

    /// <summary>A folder holding MLflow experiments beside a model registry (models/) or a trash (.trash).</summary>
    public static bool IsStoreRoot(FolderListing folder)
    {
        string trash = Path.Combine(folder.Path, TrashFolder);
        bool hasTrash = Directory.Exists(trash);
        if (!hasTrash && folder.Folder("models") is null)
        {
            return false;
        }

        return folder.Folders.Any(IsExperiment) || (hasTrash && Experiments(trash).Count > 0);
    }

    /// <summary>What .trash holds (deleted experiments and their runs), or nothing when it is empty or absent.</summary>
    public static IEnumerable<LayoutNotice> TrashContents(string store)
    {
        string trash = Path.Combine(store, TrashFolder);
        List<string> experiments = Experiments(trash);
        if (experiments.Count == 0)
        {
            return [];
        }

        int runs = experiments.Sum(e => SafeDirectories(e).Count(r => MlflowMeta.Load(Path.Combine(r, MlflowMeta.FileName)).IsRun));
        string names = string.Join(", ", experiments.Take(MaxListed).Select(e => "'" + (MlflowMeta.Load(Path.Combine(e, MlflowMeta.FileName))["name"] ?? Path.GetFileName(e)) + "'"));
        return [new LayoutNotice(IngestCodes.PartialFile, trash, string.Create(CultureInfo.InvariantCulture,
            $"{experiments.Count} deleted experiment(s) in the MLflow trash with {runs} run(s) skipped: {names}{(experiments.Count > MaxListed ? " ..." : "")}"))];
    }

    private static bool IsExperiment(string folder)
    {
        string meta = Path.Combine(folder, MlflowMeta.FileName);
        return File.Exists(meta) && MlflowMeta.Load(meta).IsExperiment;
    }

    private static List<string> Experiments(string trash) => [.. SafeDirectories(trash).Where(IsExperiment)];

    private static IEnumerable<string> SafeDirectories(string folder)
    {
        try
        {
            return Directory.Exists(folder) ? [.. Directory.GetDirectories(folder).Order(StringComparer.Ordinal)] : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
