namespace LogLens.Core.Ingest.Formats.LmEval;

/// <summary>
/// Rolls benchmark subtasks up to their group as the harness reports them (docs/formats.md, "lm-evaluation-harness"):
/// the 57 MMLU subjects (<c>hendrycksTest-*</c> in v0.3, <c>mmlu_*</c> in v0.4) are one task, <c>mmlu</c>. A results
/// file that carries the group itself (v0.4) keeps the harness's number; otherwise the group is the mean of its
/// subtasks with the standard error of a mean of independent scores, √(Σ seᵢ²)/k. Judged subtask by subtask, a
/// small model's 57 near-chance scores are 57 findings of noise; as a group they are one measurement with a
/// standard error 7× smaller.
/// </summary>
internal static class LmEvalGroups
{
    /// <summary>The group of MMLU.</summary>
    public const string Mmlu = "mmlu";

    /// <summary>v0.4's intermediate category groups, which are not subjects.</summary>
    private static readonly HashSet<string> Categories = new(StringComparer.Ordinal)
    {
        "mmlu_stem", "mmlu_humanities", "mmlu_social_sciences", "mmlu_other",
    };

    /// <summary>The group a task belongs to, or null.</summary>
    public static string? GroupOf(string task) =>
        task.StartsWith("hendrycksTest-", StringComparison.Ordinal) || (task.StartsWith("mmlu_", StringComparison.Ordinal) && !Categories.Contains(task))
            ? Mmlu
            : null;

    /// <summary>The tasks with every group's subtasks replaced by the group (in the group's first subtask's place).</summary>
    public static List<(string Task, List<LmEvalMetric> Metrics)> RollUp(IEnumerable<(string Task, List<LmEvalMetric> Metrics)> tasks)
    {
        var list = tasks.Where(t => !Categories.Contains(t.Task)).ToList();
        var present = list.Select(t => t.Task).ToHashSet(StringComparer.Ordinal);
        var result = new List<(string, List<LmEvalMetric>)>();
        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string task, List<LmEvalMetric> metrics) in list)
        {
            string? group = GroupOf(task);
            if (group is null)
            {
                if (!added.Contains(task))
                {
                    result.Add((task, metrics));
                    added.Add(task);
                }

                continue;
            }

            if (present.Contains(group) || !added.Add(group))
            {
                continue; // the harness's own group score wins; or the group is already in place
            }

            var members = list.Where(t => GroupOf(t.Task) == group).SelectMany(t => t.Metrics).GroupBy(m => m.Name, StringComparer.Ordinal);
            result.Add((group, [.. members.Select(Mean)]));
        }

        return result;
    }

    private static LmEvalMetric Mean(IGrouping<string, LmEvalMetric> subtasks)
    {
        var all = subtasks.ToList();
        double mean = all.Average(m => m.Value);
        double? stderr = all.All(m => m.Stderr is double) ? Math.Sqrt(all.Sum(m => m.Stderr!.Value * m.Stderr.Value)) / all.Count : null;
        return new LmEvalMetric(subtasks.Key, mean, stderr);
    }
}
