namespace LogLens.Core.Ingest.Formats.Mlflow;

/// <summary>
/// Readable, stable, unique names for a store's runs. A run is labelled by its name, or its run_uuid when it has none;
/// names repeat in real stores (retries, Optuna's Trial_N under every parent), so siblings sharing a name get
/// "~" and the first 8 characters of their run_uuid. A nested run (<c>mlflow.parentRunId</c>) is labelled under its
/// parent's label. Studies: a top-level run's study is its experiment; a nested run's is "&lt;experiment&gt;/&lt;parent&gt;"
/// (the trials of one search are compared with each other, not with another search's); a run that has nested runs is
/// the search itself, not a replicate of its trials: its study is "&lt;experiment&gt;/&lt;its label&gt;/parent".
/// </summary>
internal static class MlflowSqliteNames
{
    private const int MaxDepth = 32;

    /// <summary>The runs with <see cref="MlflowSqliteRun.Suffix"/> and <see cref="MlflowSqliteRun.Study"/> set, in the same order.</summary>
    public static List<MlflowSqliteRun> Apply(IReadOnlyList<MlflowSqliteRun> runs)
    {
        var byUuid = runs.ToDictionary(r => r.Uuid, StringComparer.Ordinal);
        Dictionary<string, string> experiments = Unique(
            runs.DistinctBy(r => r.ExperimentId).Select(r => (Key: r.ExperimentId, r.Experiment, Id: r.ExperimentId)));
        Dictionary<string, string> labels = Unique(runs.Select(r => (Key: r.Uuid, Name: r.Name ?? r.Uuid, Id: r.Uuid)),
            r => byUuid[r].ExperimentId + "\0" + (ParentOf(byUuid, byUuid[r]) ?? ""));
        var parents = runs.Select(r => ParentOf(byUuid, r)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return [.. runs.Select(r =>
        {
            string experiment = experiments[r.ExperimentId];
            string path = PathOf(byUuid, labels, r);
            string study = parents.Contains(r.Uuid) ? experiment + "/" + path + "/parent"
                : ParentOf(byUuid, r) is string parent ? experiment + "/" + PathOf(byUuid, labels, byUuid[parent])
                : experiment;
            return r with { Suffix = "@" + experiment + "/" + path, Study = study };
        })];
    }

    /// <summary>The parent's uuid when the parent is one of the runs read, else null (a dangling or skipped parent).</summary>
    private static string? ParentOf(Dictionary<string, MlflowSqliteRun> byUuid, MlflowSqliteRun run) =>
        run.Parent is string parent && parent != run.Uuid && byUuid.ContainsKey(parent) ? parent : null;

    /// <summary>"&lt;grandparent&gt;/&lt;parent&gt;/&lt;run&gt;" labels; a cycle of parent tags stops at <see cref="MaxDepth"/>.</summary>
    private static string PathOf(Dictionary<string, MlflowSqliteRun> byUuid, Dictionary<string, string> labels, MlflowSqliteRun run)
    {
        var parts = new List<string> { labels[run.Uuid] };
        var seen = new HashSet<string>(StringComparer.Ordinal) { run.Uuid };
        for (string? parent = ParentOf(byUuid, run); parent is not null && parts.Count < MaxDepth && seen.Add(parent);
            parent = ParentOf(byUuid, byUuid[parent]))
        {
            parts.Add(labels[parent]);
        }

        parts.Reverse();
        return string.Join('/', parts);
    }

    /// <summary>Each item's name, or "name~&lt;id prefix&gt;" where names repeat within a scope (the full id if that still repeats).</summary>
    private static Dictionary<string, string> Unique(IEnumerable<(string Key, string Name, string Id)> items, Func<string, string>? scope = null)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in items.GroupBy(i => (scope?.Invoke(i.Key) ?? "") + "\0" + i.Name, StringComparer.Ordinal))
        {
            var list = group.ToList();
            var shortIds = list.Select(i => i.Id.Length > 8 ? i.Id[..8] : i.Id).ToList();
            bool shortUnique = shortIds.Distinct(StringComparer.Ordinal).Count() == list.Count;
            for (int i = 0; i < list.Count; i++)
            {
                result[list[i].Key] = list.Count == 1 ? list[i].Name : list[i].Name + "~" + (shortUnique ? shortIds[i] : list[i].Id);
            }
        }

        return result;
    }
}
