using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Findings;
using LogLens.Core.Model;

namespace LogLens.Core.Verdicts;

/// <summary>Reads the five checklist answers off the findings (DESIGN.md, "The verdict").</summary>
public static class VerdictBuilder
{
    private static readonly (Question Question, string Label, string Settle)[] Questions =
    [
        (Question.Data, "Can more data fix it?", "log per-slice metrics or tag samples with a slice (edge, rare class)"),
        (Question.Evaluation, "Is the evaluation misleading us?", "log a business metric next to the loss, at every checkpoint"),
        (Question.System, "Does it need system constraints?", "log samples with `expect: refuse` or a rule slice"),
        (Question.Retrieval, "Is it a RAG evidence problem?", "log retrieval parameters (top_k, chunk_size) with the runs"),
        (Question.Uninterpretable, "Are we in the uninterpretable zone?", "run 3 or more seeds per config"),
    ];

    /// <summary>The label of a checklist question.</summary>
    public static string Label(Question question) => Questions.First(q => q.Question == question).Label;

    /// <summary>Builds the verdict from sorted findings and the parameters that matter.</summary>
    public static Verdict Build(RunSet runs, IReadOnlyList<Finding> findings, IReadOnlyList<ParameterImpact>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(findings);
        parameters ??= [];
        var checks = ImmutableArray.CreateBuilder<VerdictCheck>();
        foreach ((Question question, _, string settle) in Questions)
        {
            var hits = findings.Where(f => f.Descriptor.Question == question && f.Severity >= Severity.Warning).ToList();
            if (hits.Count > 0)
            {
                checks.Add(new VerdictCheck(question, Answer.Yes, [.. hits.Select(f => f.Id)], $"{hits.Count} finding(s): {string.Join(", ", hits.Select(f => f.Code).Distinct())}"));
            }
            else if (CanCheck(runs, question))
            {
                checks.Add(new VerdictCheck(question, Answer.No, [], "checked; nothing found"));
            }
            else
            {
                checks.Add(new VerdictCheck(question, Answer.CantTell, [], "to settle it: " + settle));
            }
        }

        var built = checks.ToImmutable();
        int yes = built.Count(c => c.Answer == Answer.Yes);
        bool saturated = findings.Any(f => f.Code == "LL901");
        string headline = yes < 2 && saturated
            ? "Stop tuning parameters: no parameter beats seed noise any more (LL901); fix data, objective or evaluation."
            : yes >= 2
            ? "Stop tuning parameters: fix " + string.Join(" / ", built.Where(c => c.Answer == Answer.Yes).Select(c => Topic(c.Question))) + " first."
            : yes == 1
                ? "Keep tuning with care: one checklist answer is yes (" + Topic(built.First(c => c.Answer == Answer.Yes).Question) + ")."
                : "Keep tuning: no checklist answer is yes.";
        if (yes < 2 && !saturated)
        {
            headline += Matter(parameters);
        }

        return new Verdict(built, headline, saturated) { Parameters = [.. parameters.OrderByDescending(p => p.OmegaSquared)] };
    }

    /// <summary>" Parameters that matter: lr (1e-4 over 1e-5: +0.05, 95% CI [0.03, 0.07] on task_success)." or a note that none does.</summary>
    private static string Matter(IReadOnlyList<ParameterImpact> parameters)
    {
        if (parameters.Count == 0)
        {
            return " No parameter has a measured effect beyond seed noise yet.";
        }

        var top = parameters.OrderByDescending(p => p.OmegaSquared).Take(3).Select(p => string.Create(
            CultureInfo.InvariantCulture,
            $"{p.Parameter} ({p.BestLevel} over {p.WorstLevel}: {p.Effect:+0.####;-0.####}, 95% CI [{p.Ci.Low:0.####}, {p.Ci.High:0.####}] on {p.Metric}{(p.Dataset == RunSet.DefaultDataset ? "" : "/" + p.Dataset)})"));
        return " Parameters that matter: " + string.Join("; ", top) + ".";
    }

    private static string Topic(Question question) => question switch
    {
        Question.Data => "data",
        Question.Evaluation => "evaluation",
        Question.System => "system",
        Question.Retrieval => "retrieval",
        _ => "noise (seeds / datasets)",
    };

    private static bool CanCheck(RunSet runs, Question question) => question switch
    {
        Question.Data => runs.Runs.Any(r => r.Samples.Any(s => s.Slice is not null || s.Expected is not null))
            || runs.Runs.Any(r => r.Scores.Any(s => runs.Config.Slices.Values.Any(names => names.Contains(s.Dataset)))),
        Question.Evaluation => runs.MetricsWithRole(MetricRole.Business).Length > 0 && runs.MetricsWithRole(MetricRole.Proxy).Length > 0,
        Question.System => runs.Runs.Any(r => r.Samples.Any(s => s.Expect is not null)),
        Question.Retrieval => runs.Runs.SelectMany(r => r.Params.Keys).Distinct(StringComparer.Ordinal)
            .Any(k => runs.Config.GroupOf(k) == Configuration.ParameterGroupNames.Retrieval
                && runs.Runs.Select(r => r.Params.GetValueOrDefault(k)).Distinct(StringComparer.Ordinal).Count() > 1),
        Question.Uninterpretable => runs.Groups.Any(g => g.RunIds.Length >= 2),
        _ => false,
    };
}
