using System.Globalization;

namespace LogLens.Core.Ingest.Formats.Mlflow;

/// <summary>What the MLflow layouts report instead of reading: deleted runs and experiments, the trash.</summary>
internal static class MlflowStoreNotices
{
    private const string TrashFolder = ".trash";
    private const int MaxListed = 10;

    /// <summary>The runs of one experiment folder that were skipped because they (or the experiment) are deleted.</summary>
    public static LayoutNotice DeletedRuns(string folder, MlflowMeta? experiment, IReadOnlyList<(string Folder, string? Name)> runs) =>
        DeletedRuns(folder, experiment?["name"], experiment is { IsDeleted: true }, null, [.. runs.Select(r => (Path.GetFileName(r.Folder), r.Name))]);

    /// <summary>The runs of one experiment of an SQLite store that were skipped because they (or the experiment) are deleted.</summary>
    public static LayoutNotice DeletedRuns(string store, string experiment, bool experimentDeleted, IReadOnlyList<(string Id, string? Name)> runs) =>
        DeletedRuns(store, experiment, experimentDeleted, experiment, runs);

    /// <summary>"id (name), id (name), ... and N more".</summary>
    public static string List(IReadOnlyList<(string Id, string? Name)> runs) =>
        string.Join(", ", runs.Take(MaxListed).Select(r => r.Id + (r.Name is null ? "" : " (" + r.Name + ")")))
        + (runs.Count > MaxListed ? string.Create(CultureInfo.InvariantCulture, $" and {runs.Count - MaxListed} more") : "");

    private static LayoutNotice DeletedRuns(string path, string? experiment, bool experimentDeleted, string? context,
        IReadOnlyList<(string Id, string? Name)> runs)
    {
        string message = experimentDeleted
            ? string.Create(CultureInfo.InvariantCulture,
                $"experiment '{experiment}' is deleted (lifecycle_stage: deleted): its {runs.Count} run(s) skipped: {List(runs)}")
            : string.Create(CultureInfo.InvariantCulture,
                $"{(context is null ? "" : "experiment '" + context + "': ")}{runs.Count} deleted run(s) skipped (lifecycle_stage: deleted): {List(runs)}");
        return new LayoutNotice(IngestCodes.PartialFile, path, message);
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
        string names = string.Join(", ", experiments.Take(MaxListed)
            .Select(e => "'" + (MlflowMeta.Load(Path.Combine(e, MlflowMeta.FileName))["name"] ?? Path.GetFileName(e)) + "'"));
        return [new LayoutNotice(IngestCodes.PartialFile, trash, string.Create(CultureInfo.InvariantCulture,
            $"{experiments.Count} deleted experiment(s) in the MLflow trash with {runs} run(s) skipped: "
            + $"{names}{(experiments.Count > MaxListed ? " ..." : "")}"))];
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
