using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Configuration;
using LogLens.Core.Findings;
using LogLens.Core.Model;

namespace LogLens.Core.Verdicts;

/// <summary>Reads the five checklist answers off the findings (docs/methods.md, "The verdict").</summary>
internal static class VerdictBuilder
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

    /// <summary>Findings that say a run's training is broken: the parameters are the problem there.</summary>
    public static readonly ImmutableArray<FindingDescriptor> BrokenTraining =
        [FindingCatalog.NonFiniteLoss, FindingCatalog.Diverged, FindingCatalog.NotLearning];

    /// <summary>Builds the verdict from sorted findings and the parameters that matter.</summary>
    public static Verdict Build(RunSet runs, IReadOnlyList<Finding> findings, IReadOnlyList<ParameterImpact>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(findings);
        parameters ??= [];
        var checks = ImmutableArray.CreateBuilder<VerdictCheck>();
        foreach ((Question question, _, string settle) in Questions)
        {
            var hits = findings.Where(f => f.Descriptor.Question == question && f.Severity >= Severity.Warning).ToList();
            if (hits.Count > 0)
            {
                checks.Add(
                    new VerdictCheck(question, Answer.Yes, [.. hits.Select(f => f.Id)],
                        $"{hits.Count} finding(s): {string.Join(", ", hits.Select(f => f.Code).Distinct())}"));
            }
            else if (CanCheck(runs, question))
            {
                checks.Add(new VerdictCheck(question, Answer.No, [], "checked; nothing found"));
            }
            else
            {
                checks.Add(new VerdictCheck(question, Answer.CantTell, [], "to settle it: " + Settle(runs, question, settle)));
            }
        }

        var built = checks.ToImmutable();
        var yes = built.Where(c => c.Answer == Answer.Yes).ToList();
        bool saturated = findings.Any(f => f.Descriptor == FindingCatalog.TuningSaturated);
        ImmutableArray<string> broken = [.. findings.Where(f => BrokenTraining.Contains(f.Descriptor))
            .SelectMany(f => f.Subject.Run is string run ? [run] : RunsOf(f)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        ImmutableArray<string> missing = [.. Missing(runs)];
        var brokenKinds = findings.Select(f => f.Descriptor).Where(d => BrokenTraining.Contains(d))
            .Distinct().OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
        var ordered = parameters.OrderByDescending(p => p.OmegaSquared).ToImmutableArray();
        VerdictKind kind = yes.Count >= 2 || saturated ? VerdictKind.StopTuning
            : broken.Length > 0 ? VerdictKind.FixTrainingFirst
            : ordered.Length > 0 ? VerdictKind.TuningPays
            : VerdictKind.CantTellYet;
        string headline = kind switch
        {
            VerdictKind.StopTuning => (yes.Count >= 2
                    ? "Stop tuning parameters: fix " + string.Join(" / ", yes.Select(c => Topic(c.Question))) + " first."
                    : "Stop tuning parameters: no parameter beats seed noise any more (LL901); fix data, objective or evaluation.")
                + (broken.Length > 0 ? $" Also fix training in {Runs(broken)}." : string.Empty),
            VerdictKind.FixTrainingFirst => $"Fix training first: {Runs(broken)} {(broken.Length == 1 ? "is" : "are")} broken "
                + $"({string.Join(", ", brokenKinds.Select(d => d.Code))}); "
                + string.Join("; ", brokenKinds.Select(Advice)) + ", before comparing configs.",
            VerdictKind.TuningPays => "Tuning still pays:" + Matter(ordered)
                + (yes.Count == 1 ? $" But one checklist answer is yes ({Topic(yes[0].Question)}): look at it before the next round." : string.Empty),
            _ => "Can't tell yet: " + (missing.Length > 0 ? string.Join("; ", missing)
                    : yes.Count == 1 ? $"one checklist answer is yes ({Topic(yes[0].Question)}), and no parameter has a measured effect beyond seed noise"
                    : "no checklist answer is yes, and no parameter has a measured effect beyond seed noise") + "."
                + (yes.Count == 1 && missing.Length > 0 ? $" One checklist answer is yes ({Topic(yes[0].Question)})." : string.Empty),
        };
        return new Verdict(built, headline, saturated) { Kind = kind, Parameters = ordered, BrokenRuns = broken, Missing = missing };
    }

    /// <summary>What to try for each kind of broken run.</summary>
    private static string Advice(FindingDescriptor kind) =>
        kind == FindingCatalog.NonFiniteLoss ? "for NaN/Inf, check the data and the loss at the first bad step, fp16 overflow, then the learning rate"
        : kind == FindingCatalog.Diverged ? "for divergence, lower the learning rate, add warm-up or gradient clipping"
        : "for runs at chance, check the labels, the loss and the data pipeline";

    /// <summary>The runs a roll-up finding names in its evidence ("runs": "a, b, c").</summary>
    private static IEnumerable<string> RunsOf(Finding finding) =>
        finding.Evidence.Items.Where(i => i.Key == "runs" && i.Value is string)
            .SelectMany(i => ((string)i.Value).Split(", ", StringSplitOptions.RemoveEmptyEntries));

    private static string Runs(ImmutableArray<string> runs) =>
        runs.Length == 1 ? "run " + runs[0] : runs.Length <= 3 ? "runs " + string.Join(", ", runs)
            : $"{runs.Length} runs ({string.Join(", ", runs.Take(3))}, …)";

    /// <summary>What the logs lack for a verdict: parameters, a business metric, seeds.</summary>
    private static IEnumerable<string> Missing(RunSet runs)
    {
        int unparameterised = runs.Runs.Count(r => r.Params.IsEmpty);
        if (unparameterised > 0)
        {
            yield return unparameterised == runs.Runs.Length
                ? $"log the hyperparameters ({unparameterised} of {runs.Runs.Length} runs have none, so no config can be compared)"
                : $"log the hyperparameters ({unparameterised} of {runs.Runs.Length} runs have none; those are compared with nothing)";
        }

        if (runs.MetricsWithRole(MetricRole.Business).Length == 0)
        {
            yield return "log a business metric (task success, accuracy, pass rate) or set one in loglens.yaml";
        }

        var configs = runs.Groups.Where(g => !g.ConfigKey.StartsWith(RunGrouping.NoParamsPrefix, StringComparison.Ordinal))
            .GroupBy(g => g.ConfigKey, StringComparer.Ordinal).ToList();
        if (configs.Count > 0 && !configs.Any(c => c.Any(g => g.RunIds.Length >= 2)))
        {
            yield return "run 3 or more seeds of the leading configs (every config has one run, so seed noise is unknown)";
        }
        else if (configs.Count == 1)
        {
            yield return "compare at least two configs (all runs share one config)";
        }
    }

    private static string Settle(RunSet runs, Question question, string settle) =>
        question == Question.Uninterpretable && runs.Runs.Any(r => r.Params.IsEmpty) ? "log the hyperparameters, then " + settle : settle;

    /// <summary>" lr (1e-4 over 1e-5: +0.05, 95% CI [0.03, 0.07] on task_success)." or a note that none does.</summary>
    private static string Matter(IReadOnlyList<ParameterImpact> parameters)
    {
        if (parameters.Count == 0)
        {
            return string.Empty;
        }

        var top = parameters.OrderByDescending(p => p.OmegaSquared).Take(3).Select(p => string.Create(
            CultureInfo.InvariantCulture,
            $"{p.Parameter} ({p.BestLevel} over {p.WorstLevel}: {p.Effect:+0.####;-0.####}, 95% CI [{p.Ci.Low:0.####}, {p.Ci.High:0.####}] on "
            + $"{p.Metric}{(p.Dataset == RunSet.DefaultDataset ? "" : " (" + p.Dataset + ")")})"));
        return " " + string.Join("; ", top) + ".";
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
        Question.Evaluation => runs.MetricsWithRole(MetricRole.Business).Any(b => MetricNames.ProxyOf(b, runs.MetricsWithRole(MetricRole.Proxy)) is not null
            || runs.Runs.Any(r => r.Scores.Any(s => s.Metric == b.Name)
                && r.Scores.Any(s => runs.Metrics.TryGetValue(s.Metric, out MetricDefinition? m) && m.Role == MetricRole.Proxy))),
        Question.System => runs.Runs.Any(r => r.Samples.Any(s => s.Expect is not null)),
        Question.Retrieval => runs.Runs.SelectMany(r => r.Params.Keys).Distinct(StringComparer.Ordinal)
            .Any(k => runs.Config.GroupOf(k) == Configuration.ParameterGroupNames.Retrieval
                && runs.Runs.Select(r => r.Params.GetValueOrDefault(k)).Distinct(StringComparer.Ordinal).Count() > 1),
        // "No" needs the test to have run: two configs with replicate seeds on a business metric, or repeated samples.
        Question.Uninterpretable => (runs.MetricsWithRole(MetricRole.Business).Length > 0
                && runs.Groups.Where(g => g.RunIds.Length >= 2).Select(g => g.ConfigKey).Distinct(StringComparer.Ordinal).Count() >= 2)
            || runs.Runs.Any(r => r.Samples.GroupBy(s => s.PromptId, StringComparer.Ordinal).Any(g => g.Count() >= 2)),
        _ => false,
    };
}
