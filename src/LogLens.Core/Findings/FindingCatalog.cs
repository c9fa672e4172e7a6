using System.Collections.Immutable;

namespace LogLens.Core.Findings;

/// <summary>
/// Every finding LogLens can report (codes are stable: a retired code is never reused), with a one-line
/// summary and a one-line remedy. The README's table and <c>loglens rules</c> are generated from this list; how each
/// finding is computed, and the full advice, are on its page (<see cref="FindingPages"/>, docs/findings/LLxxx.md).
/// </summary>
public static class FindingCatalog
{
    private static readonly Severity I = Severity.Info, W = Severity.Warning, E = Severity.Error;

    /// <summary>The catalog, ordered by code.</summary>
    public static ImmutableArray<FindingDescriptor> All { get; } =
    [
        new("LL001", "UnreadableFile", W, Question.Logs, "a file could not be read or parsed at all (path, reason)",
            "Fix or remove the file; the other runs were analysed without it."),
        new("LL002", "PartialFile", I, Question.Logs, "a file ends mid-record (run still being written?); read up to the last complete record",
            "Re-run the analysis when the run has finished."),
        new("LL003", "AssumedMetricRoles", I, Question.Logs, "metric roles/directions were inferred, not configured (lists them)",
            "Run `loglens init` and correct the roles in loglens.yaml."),
        new("LL004", "NoReplicateSeeds", I, Question.Logs, "configs have a single seed: noise cannot be estimated",
            "Re-run the leading configs with 3 or more seeds before comparing them."),
        new("LL005", "DuplicateOrResumedSteps", I, Question.Logs, "steps repeat or go backwards (resume/restart); the later segment wins",
            "Nothing to fix; make sure the resumed run used the same config."),
        new("LL006", "RunsWithoutParams", I, Question.Logs, "runs logged no hyperparameters: each is judged on its own, never pooled as seeds",
            "Log the hyperparameters with the runs (or write a params.json beside each run); replicates need equal parameters and a seed key."),
        new("LL007", "UnmatchedConfiguredMetric", W, Question.Logs, "loglens.yaml configures a metric no run logged (typo or renamed key)",
            "Fix the name in loglens.yaml; until then the metric's role is inferred from its name."),
        new("LL008", "RenamedMetric", W, Question.Logs, "runs with the same parameters log one metric under two names (loss vs loss/main): a renamed key",
            "Log one name in every run (or rename the key in the older runs' files); until then each name is compared over only the runs that logged it."),
        new("LL009", "UnusedSuppression", W, Question.Logs, "a loglens.yaml suppress entry matched no finding (fixed, renamed or mistyped)",
            "Remove the entry if the problem is fixed, or correct its code or id (copy the id from findings.json)."),
        new("LL101", "NonFiniteLoss", E, Question.Dynamics, "NaN/Inf in a loss (first step)",
            "Lower the learning rate, enable gradient clipping, check fp16 overflow and the data at that step."),
        new("LL102", "Diverged", E, Question.Dynamics, "the loss ends far above where it started or its running minimum",
            "Lower the learning rate or add warm-up; the run is not usable for comparisons."),
        new("LL103", "Overfitting", W, Question.Dynamics, "eval loss rises after its minimum while train loss keeps falling",
            "Select the checkpoint at the eval minimum, add data or regularisation; more epochs will not help."),
        new("LL104", "Plateau", I, Question.Dynamics, "no change beyond ±δ over the last part of training (equivalence test)",
            "Stop training earlier; further steps cost compute without gain."),
        new("LL105", "LossSpikes", W, Question.Dynamics, "spikes far outside the rolling distribution",
            "Check the batches at those steps, lower the learning rate or clip gradients."),
        new("LL106", "StillImproving", I, Question.Dynamics, "still improving significantly when training stopped",
            "Train longer before concluding anything from this run."),
        new("LL107", "NotLearning", W, Question.Dynamics, "stuck at chance level (eval loss ≈ ln K, accuracy ≈ 1/K or a binary 0.5)",
            "Check labels, the loss and the data pipeline; tuning cannot fix a model that learns nothing."),
        new("LL201", "UnresponsiveSlice", W, Question.Data, "a slice (edge cases, rare classes) lags and no parameter moves it, while the overall metric responds",
            "Stop tuning for this slice: collect or synthesise more of these edge cases, check their labels and report the slice in every eval."),
        new("LL202", "GainOnlyOnFrequentSlice", W, Question.Data, "the improvement comes from the frequent slice; edge slices are flat or worse",
            "Rebalance or up-weight the edge slices, add targeted data for them, and accept a config on per-slice metrics, not its overall score."),
        new("LL203", "SliceTooSmall", I, Question.Data, "a slice has too few items to measure (items needed)",
            "Add evaluation items to the slice (the number it names) before reading anything into its score."),
        new("LL204", "ConflictingLabels", W, Question.Data, "the same prompt/input appears with different expected answers",
            "Deduplicate the data and fix the labels (or the grader): no parameter can resolve two answers to one prompt."),
        new("LL301", "ProxyBusinessDivergence", W, Question.Evaluation, "within a run, the proxy improves while the business metric doesn't — or the proxy worsens while the business metric improves",
            "Evaluate on the business metric and select checkpoints by it; the proxy is steering tuning in the wrong coordinate system."),
        new("LL302", "ProxyUninformative", W, Question.Evaluation, "across configs, proxy ranks barely predict business ranks",
            "Stop selecting configs by the proxy; measure the business metric for every config."),
        new("LL303", "ProxyAntiCorrelated", E, Question.Evaluation, "across configs, a better proxy means a worse business score",
            "Change the objective or the evaluation: optimising the proxy actively hurts the business metric."),
        new("LL304", "SelectionRegret", W, Question.Evaluation, "the checkpoint/config chosen by the proxy loses business score against the best one",
            "Select checkpoints by the business metric."),
        new("LL401", "RuleSliceViolated", E, Question.System, "a must-refuse / rule slice is violated at every setting tried",
            "Enforce the rule in the system layer (a guardrail or policy check, a refusal classifier, a hand-over) and keep the slice as a regression test."),
        new("LL402", "RefusalUnresponsive", W, Question.System, "refusal behaviour doesn't respond to any parameter (temperature, lr, ...)",
            "Stop tuning for refusal: decide answer / refuse / hand over in the system layer (a refusal classifier or router, explicit policies)."),
        new("LL403", "OverAnswering", W, Question.System, "confident answers where refusal or hand-over was expected",
            "Add abstention in the system layer (a refusal classifier, confidence or topic routing, a hand-over to a human)."),
        new("LL501", "RetrievalDominates", W, Question.Retrieval, "retrieval parameters explain more of the business metric than generation parameters",
            "Fix retrieval (chunking, top-k, reranking, the retriever or index) and evaluate it directly before another round of generation tuning."),
        new("LL502", "TopKConflict", W, Question.Retrieval, "the business metric falls as top-k grows (conflicting evidence)",
            "Lower top-k, add a reranker or a relevance cut-off, and resolve contradictory sources in retrieval."),
        new("LL503", "GenerationTuningIneffective", I, Question.Retrieval, "generation-parameter changes have no effect beyond noise",
            "Stop tuning temperature and top-p; look at retrieval quality, chunking, top-k and guardrails instead."),
        new("LL601", "SeedNoiseDominates", W, Question.Uninterpretable, "config differences are within seed noise (ICC, F-test)",
            "Stop comparing these configs on single runs; fix the evaluation's variance or run more seeds."),
        new("LL602", "WinnerWithinNoise", W, Question.Uninterpretable, "the \"best\" config isn't distinguishable from noise (max-statistic test)",
            "Do not ship the \"winner\"; the ranking would change with new seeds."),
        new("LL603", "GainDoesNotGeneralize", W, Question.Uninterpretable, "a gain on some datasets doesn't hold on others",
            "Report per-dataset results; look for the data difference that explains it before tuning further."),
        new("LL604", "SignFlip", E, Question.Uninterpretable, "significantly better on one dataset, significantly worse on another",
            "The change trades one dataset for another; find out why before adopting it."),
        new("LL605", "RankDisagreement", W, Question.Uninterpretable, "datasets rank configs differently (Kendall's W)",
            "There is no single best config; choose per dataset or fix what differs between datasets."),
        new("LL606", "SampleInconsistency", W, Question.Uninterpretable, "repeated samples of the same prompt disagree",
            "Constrain outputs (answer format, decoding, a verifier or a system rule) and judge configs on several samples per prompt."),
        new("LL607", "Underpowered", I, Question.Uninterpretable, "too few seeds to detect the observed difference (seeds needed)",
            "Run the number of seeds it names before deciding."),
        new("LL901", "TuningSaturated", W, Question.Verdict, "no parameter beats seed noise any more: stop tuning",
            "Stop tuning parameters: fix the data, the objective or the evaluation; run more seeds before another sweep if a parameter still matters."),
    ];

    private static readonly ImmutableDictionary<string, FindingDescriptor> ByCode =
        All.ToImmutableDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The descriptor for a code; throws for an unknown code (a programming error).</summary>
    public static FindingDescriptor Get(string code) => ByCode[code];

    /// <summary>Looks up a code typed by a user.</summary>
    public static bool TryGet(string code, out FindingDescriptor? descriptor) => ByCode.TryGetValue(code, out descriptor);
}
