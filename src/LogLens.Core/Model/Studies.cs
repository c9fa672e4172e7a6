using System.Collections.Immutable;
using LogLens.Core.Configuration;

namespace LogLens.Core.Model;

/// <summary>
/// Studies are comparison boundaries (docs/methods.md, "Which runs are compared"): runs of different MLflow
/// experiments, W&amp;B projects or sweeps, Optuna parent runs, or different top-level folders of a sweep are never
/// pooled into one comparison unless loglens.yaml says <c>studies: pool</c>. A run's study is what its tool records
/// (<see cref="Run.Study"/>); otherwise the first folder in which the run ids differ (below the common prefix of all
/// of them), when at least two such folders each hold two or more configs — folders that each hold a single config
/// are the configs of one sweep, not studies. With one study, the name is "" and nothing changes.
/// </summary>
internal static class Studies
{
    /// <summary>The study of each run id, "" when the runs form one study.</summary>
    public static ImmutableSortedDictionary<string, string> Assign(ImmutableArray<Run> runs, IReadOnlyDictionary<string, RunKey> keys, LogLensConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var none = runs.ToImmutableSortedDictionary(r => r.Id, _ => string.Empty, StringComparer.Ordinal);
        if (config.PoolStudies || runs.Length < 2)
        {
            return none;
        }

        string[][] segments = [.. runs.Select(r => r.Id.Split('/'))];
        int common = 0;
        while (segments.All(s => s.Length > common + 1) && segments.All(s => s[common] == segments[0][common]))
        {
            common++;
        }

        var folder = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < runs.Length; i++)
        {
            folder[runs[i].Id] = segments[i].Length > common + 1 ? segments[i][common] : string.Empty;
        }

        int studies = runs.GroupBy(r => folder[r.Id], StringComparer.Ordinal)
            .Count(g => g.Key.Length > 0 && g.Select(r => keys[r.Id].ConfigKey).Distinct(StringComparer.Ordinal).Count() >= 2);
        bool byFolder = studies >= 2;
        var result = runs.ToImmutableSortedDictionary(
            r => r.Id,
            r => string.Join("/", new[] { byFolder ? folder[r.Id] : string.Empty, r.Study }.Where(s => s.Length > 0)),
            StringComparer.Ordinal);
        return result.Values.Distinct(StringComparer.Ordinal).Count() >= 2 ? result : none;
    }

    /// <summary>The dataset name a study's observations use: "study/dataset", or the study alone for the default dataset.</summary>
    public static string Qualify(string study, string dataset) =>
        study.Length == 0 ? dataset : dataset == RunSet.DefaultDataset ? study : study + "/" + dataset;

    /// <summary>The inverse of <see cref="Qualify"/>: the dataset as the logs name it.</summary>
    public static string Unqualify(string study, string dataset) =>
        study.Length == 0 ? dataset
        : dataset == study ? RunSet.DefaultDataset
        : dataset.StartsWith(study + "/", StringComparison.Ordinal) ? dataset[(study.Length + 1)..] : dataset;
}
