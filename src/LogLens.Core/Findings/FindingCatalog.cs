using System.Collections.Immutable;

namespace LogLens.Core.Findings;

/// <summary>
/// Every finding LogLens can report (codes are stable: a retired code is never reused), with a one-line
/// summary and a one-line remedy. The README's table and <c>loglens rules</c> are generated from this list; how each
/// finding is computed, and the full advice, are on its page (<see cref="FindingPages"/>, docs/findings/LLxxx.md).
/// Each entry is a property named as the finding (as Roslyn's <c>DiagnosticDescriptor</c>s): code creates findings with
/// <c>Finding.Create(FindingCatalog.LossSpikes, …)</c> and detectors declare what they emit in <c>IDetector.Descriptors</c>;
/// a code as a string is only read from users (loglens.yaml, <c>explain</c>) and from stored ingest diagnostics.
/// </summary>
public static class FindingCatalog
{
    private static readonly Severity I = Severity.Info, W = Severity.Warning, E = Severity.Error;

    /// <summary>LL001: a file could not be read or parsed at all (path, reason).</summary>
    public static FindingDescriptor UnreadableFile { get; } = new("LL001", nameof(UnreadableFile), W, Question.Logs,
        "a file could not be read or parsed at all (path, reason)",
        "Fix or remove the file; the other runs were analysed without it.");

    /// <summary>LL002: a file ends mid-record (run still being written?); read up to the last complete record.</summary>
    public static FindingDescriptor PartialFile { get; } = new("LL002", nameof(PartialFile), I, Question.Logs,
        "a file ends mid-record (run still being written?); read up to the last complete record",
        "Re-run the analysis when the run has finished.");

    /// <summary>LL003: metric roles/directions were inferred, not configured (lists them).</summary>
    public static FindingDescriptor AssumedMetricRoles { get; } = new("LL003", nameof(AssumedMetricRoles), I, Question.Logs,
        "metric roles/directions were inferred, not configured (lists them)",
        "Run `loglens init` and correct the roles in loglens.yaml.");

    /// <summary>LL004: configs have a single seed: noise cannot be estimated.</summary>
    public static FindingDescriptor NoReplicateSeeds { get; } = new("LL004", nameof(NoReplicateSeeds), I, Question.Logs,
        "configs have a single seed: noise cannot be estimated",
        "Re-run the leading configs with 3 or more seeds before comparing them.");

    /// <summary>LL005: steps repeat or go backwards (resume/restart); the later segment wins.</summary>
    public static FindingDescriptor DuplicateOrResumedSteps { get; } = new("LL005", nameof(DuplicateOrResumedSteps), I, Question.Logs,
        "steps repeat or go backwards (resume/restart); the later segment wins",
        "Nothing to fix; make sure the resumed run used the same config.");

    /// <summary>LL006: runs logged no hyperparameters: each is judged on its own, never pooled as seeds.</summary>
    public static FindingDescriptor RunsWithoutParams { get; } = new("LL006", nameof(RunsWithoutParams), I, Question.Logs,
        "runs logged no hyperparameters: each is judged on its own, never pooled as seeds",
        "Log the hyperparameters with the runs (or write a params.json beside each run); replicates need equal parameters and a seed key.");

    /// <summary>LL007: loglens.yaml configures a metric no run logged (typo or renamed key).</summary>
    public static FindingDescriptor UnmatchedConfiguredMetric { get; } = new("LL007", nameof(UnmatchedConfiguredMetric), W, Question.Logs,
        "loglens.yaml configures a metric no run logged (typo or renamed key)",
        "Fix the name in loglens.yaml; until then the metric's role is inferred from its name.");

    /// <summary>LL008: runs with the same parameters log one metric under two names (loss vs loss/main): a renamed key.</summary>
    public static FindingDescriptor RenamedMetric { get; } = new("LL008", nameof(RenamedMetric), W, Question.Logs,
        "runs with the same parameters log one metric under two names (loss vs loss/main): a renamed key",
        "Log one name in every run (or rename the key in the older runs' files); until then each name is compared over only the runs that logged it.");

    /// <summary>LL009: a loglens.yaml suppress entry matched no finding (fixed, renamed or mistyped).</summary>
    public static FindingDescriptor UnusedSuppression { get; } = new("LL009", nameof(UnusedSuppression), W, Question.Logs,
        "a loglens.yaml suppress entry matched no finding (fixed, renamed or mistyped)",
        "Remove the entry if the problem is fixed, or correct its code or id (copy the id from findings.json).");

    /// <summary>LL101: NaN/Inf in a loss (first step).</summary>
    public static FindingDescriptor NonFiniteLoss { get; } = new("LL101", nameof(NonFiniteLoss), E, Question.Dynamics,
        "NaN/Inf in a loss (first step)",
        "Lower the learning rate, enable gradient clipping, check fp16 overflow and the data at that step.");

    /// <summary>LL102: the loss ends far above where it started or its running minimum.</summary>
    public static FindingDescriptor Diverged { get; } = new("LL102", nameof(Diverged), E, Question.Dynamics,
        "the loss ends far above where it started or its running minimum",
        "Lower the learning rate or add warm-up; the run is not usable for comparisons.");

    /// <summary>LL103: eval loss rises after its minimum while train loss keeps falling.</summary>
    public static FindingDescriptor Overfitting { get; } = new("LL103", nameof(Overfitting), W, Question.Dynamics,
        "eval loss rises after its minimum while train loss keeps falling",
        "Select the checkpoint at the eval minimum, add data or regularisation; more epochs will not help.");

    /// <summary>LL104: no change beyond ±δ over the last part of training (equivalence test).</summary>
    public static FindingDescriptor Plateau { get; } = new("LL104", nameof(Plateau), I, Question.Dynamics,
        "no change beyond ±δ over the last part of training (equivalence test)",
        "Stop training earlier; further steps cost compute without gain.");

    /// <summary>LL105: spikes far outside the rolling distribution.</summary>
    public static FindingDescriptor LossSpikes { get; } = new("LL105", nameof(LossSpikes), W, Question.Dynamics,
        "spikes far outside the rolling distribution",
        "Check the batches at those steps, lower the learning rate or clip gradients.");

    /// <summary>LL106: still improving significantly when training stopped.</summary>
    public static FindingDescriptor StillImproving { get; } = new("LL106", nameof(StillImproving), I, Question.Dynamics,
        "still improving significantly when training stopped",
        "Train longer before concluding anything from this run.");

    /// <summary>LL107: stuck at chance level (eval loss ≈ ln K, accuracy ≈ 1/K or a binary 0.5).</summary>
    public static FindingDescriptor NotLearning { get; } = new("LL107", nameof(NotLearning), W, Question.Dynamics,
        "stuck at chance level (eval loss ≈ ln K, accuracy ≈ 1/K or a binary 0.5)",
        "Check labels, the loss and the data pipeline; tuning cannot fix a model that learns nothing.");

    /// <summary>LL201: a slice (edge cases, rare classes) lags and no parameter moves it, while the overall metric responds.</summary>
    public static FindingDescriptor UnresponsiveSlice { get; } = new("LL201", nameof(UnresponsiveSlice), W, Question.Data,
        "a slice (edge cases, rare classes) lags and no parameter moves it, while the overall metric responds",
        "Stop tuning for this slice: collect or synthesise more of these edge cases, check their labels and report the slice in every eval.");

    /// <summary>LL202: the improvement comes from the frequent slice; edge slices are flat or worse.</summary>
    public static FindingDescriptor GainOnlyOnFrequentSlice { get; } = new("LL202", nameof(GainOnlyOnFrequentSlice), W, Question.Data,
        "the improvement comes from the frequent slice; edge slices are flat or worse",
        "Rebalance or up-weight the edge slices, add targeted data for them, and accept a config on per-slice metrics, not its overall score.");

    /// <summary>LL203: a slice has too few items to measure (items needed).</summary>
    public static FindingDescriptor SliceTooSmall { get; } = new("LL203", nameof(SliceTooSmall), I, Question.Data,
        "a slice has too few items to measure (items needed)",
        "Add evaluation items to the slice (the number it names) before reading anything into its score.");

    /// <summary>LL204: the same prompt/input appears with different expected answers.</summary>
    public static FindingDescriptor ConflictingLabels { get; } = new("LL204", nameof(ConflictingLabels), W, Question.Data,
        "the same prompt/input appears with different expected answers",
        "Deduplicate the data and fix the labels (or the grader): no parameter can resolve two answers to one prompt.");

    /// <summary>
    /// LL301: within a run, the proxy improves while the business metric doesn't — or the proxy worsens while the business metric improves.
    /// </summary>
    public static FindingDescriptor ProxyBusinessDivergence { get; } = new("LL301", nameof(ProxyBusinessDivergence), W, Question.Evaluation,
        "within a run, the proxy improves while the business metric doesn't — or the proxy worsens while the business metric improves",
        "Evaluate on the business metric and select checkpoints by it; the proxy is steering tuning in the wrong coordinate system.");

    /// <summary>LL302: across configs, proxy ranks barely predict business ranks.</summary>
    public static FindingDescriptor ProxyUninformative { get; } = new("LL302", nameof(ProxyUninformative), W, Question.Evaluation,
        "across configs, proxy ranks barely predict business ranks",
        "Stop selecting configs by the proxy; measure the business metric for every config.");

    /// <summary>LL303: across configs, a better proxy means a worse business score.</summary>
    public static FindingDescriptor ProxyAntiCorrelated { get; } = new("LL303", nameof(ProxyAntiCorrelated), E, Question.Evaluation,
        "across configs, a better proxy means a worse business score",
        "Change the objective or the evaluation: optimising the proxy actively hurts the business metric.");

    /// <summary>LL304: the checkpoint/config chosen by the proxy loses business score against the best one.</summary>
    public static FindingDescriptor SelectionRegret { get; } = new("LL304", nameof(SelectionRegret), W, Question.Evaluation,
        "the checkpoint/config chosen by the proxy loses business score against the best one",
        "Select checkpoints by the business metric.");

    /// <summary>LL401: a must-refuse / rule slice is violated at every setting tried.</summary>
    public static FindingDescriptor RuleSliceViolated { get; } = new("LL401", nameof(RuleSliceViolated), E, Question.System,
        "a must-refuse / rule slice is violated at every setting tried",
        "Enforce the rule in the system layer (a guardrail or policy check, a refusal classifier, a hand-over) and keep the slice as a regression test.");

    /// <summary>LL402: refusal behaviour doesn't respond to any parameter (temperature, lr, ...).</summary>
    public static FindingDescriptor RefusalUnresponsive { get; } = new("LL402", nameof(RefusalUnresponsive), W, Question.System,
        "refusal behaviour doesn't respond to any parameter (temperature, lr, ...)",
        "Stop tuning for refusal: decide answer / refuse / hand over in the system layer (a refusal classifier or router, explicit policies).");

    /// <summary>LL403: confident answers where refusal or hand-over was expected.</summary>
    public static FindingDescriptor OverAnswering { get; } = new("LL403", nameof(OverAnswering), W, Question.System,
        "confident answers where refusal or hand-over was expected",
        "Add abstention in the system layer (a refusal classifier, confidence or topic routing, a hand-over to a human).");

    /// <summary>LL501: retrieval parameters explain more of the business metric than generation parameters.</summary>
    public static FindingDescriptor RetrievalDominates { get; } = new("LL501", nameof(RetrievalDominates), W, Question.Retrieval,
        "retrieval parameters explain more of the business metric than generation parameters",
        "Fix retrieval (chunking, top-k, reranking, the retriever or index) and evaluate it directly before another round of generation tuning.");

    /// <summary>LL502: the business metric falls as top-k grows (conflicting evidence).</summary>
    public static FindingDescriptor TopKConflict { get; } = new("LL502", nameof(TopKConflict), W, Question.Retrieval,
        "the business metric falls as top-k grows (conflicting evidence)",
        "Lower top-k, add a reranker or a relevance cut-off, and resolve contradictory sources in retrieval.");

    /// <summary>LL503: generation-parameter changes have no effect beyond noise.</summary>
    public static FindingDescriptor GenerationTuningIneffective { get; } = new("LL503", nameof(GenerationTuningIneffective), I, Question.Retrieval,
        "generation-parameter changes have no effect beyond noise",
        "Stop tuning temperature and top-p; look at retrieval quality, chunking, top-k and guardrails instead.");

    /// <summary>LL601: config differences are within seed noise (ICC, F-test).</summary>
    public static FindingDescriptor SeedNoiseDominates { get; } = new("LL601", nameof(SeedNoiseDominates), W, Question.Uninterpretable,
        "config differences are within seed noise (ICC, F-test)",
        "Stop comparing these configs on single runs; fix the evaluation's variance or run more seeds.");

    /// <summary>LL602: the "best" config isn't distinguishable from noise (max-statistic test).</summary>
    public static FindingDescriptor WinnerWithinNoise { get; } = new("LL602", nameof(WinnerWithinNoise), W, Question.Uninterpretable,
        "the \"best\" config isn't distinguishable from noise (max-statistic test)",
        "Do not ship the \"winner\"; the ranking would change with new seeds.");

    /// <summary>LL603: a gain on some datasets doesn't hold on others.</summary>
    public static FindingDescriptor GainDoesNotGeneralize { get; } = new("LL603", nameof(GainDoesNotGeneralize), W, Question.Uninterpretable,
        "a gain on some datasets doesn't hold on others",
        "Report per-dataset results; look for the data difference that explains it before tuning further.");

    /// <summary>LL604: significantly better on one dataset, significantly worse on another.</summary>
    public static FindingDescriptor SignFlip { get; } = new("LL604", nameof(SignFlip), E, Question.Uninterpretable,
        "significantly better on one dataset, significantly worse on another",
        "The change trades one dataset for another; find out why before adopting it.");

    /// <summary>LL605: datasets rank configs differently (Kendall's W).</summary>
    public static FindingDescriptor RankDisagreement { get; } = new("LL605", nameof(RankDisagreement), W, Question.Uninterpretable,
        "datasets rank configs differently (Kendall's W)",
        "There is no single best config; choose per dataset or fix what differs between datasets.");

    /// <summary>LL606: repeated samples of the same prompt disagree.</summary>
    public static FindingDescriptor SampleInconsistency { get; } = new("LL606", nameof(SampleInconsistency), W, Question.Uninterpretable,
        "repeated samples of the same prompt disagree",
        "Constrain outputs (answer format, decoding, a verifier or a system rule) and judge configs on several samples per prompt.");

    /// <summary>LL607: too few seeds to detect the observed difference (seeds needed).</summary>
    public static FindingDescriptor Underpowered { get; } = new("LL607", nameof(Underpowered), I, Question.Uninterpretable,
        "too few seeds to detect the observed difference (seeds needed)",
        "Run the number of seeds it names before deciding.");

    /// <summary>LL901: no parameter beats seed noise any more: stop tuning.</summary>
    public static FindingDescriptor TuningSaturated { get; } = new("LL901", nameof(TuningSaturated), W, Question.Verdict,
        "no parameter beats seed noise any more: stop tuning",
        "Stop tuning parameters: fix the data, the objective or the evaluation; run more seeds before another sweep if a parameter still matters.");

    /// <summary>The catalog, ordered by code.</summary>
    public static ImmutableArray<FindingDescriptor> All { get; } =
    [
        UnreadableFile, PartialFile, AssumedMetricRoles, NoReplicateSeeds, DuplicateOrResumedSteps, RunsWithoutParams,
        UnmatchedConfiguredMetric, RenamedMetric, UnusedSuppression, NonFiniteLoss, Diverged, Overfitting, Plateau, LossSpikes,
        StillImproving, NotLearning, UnresponsiveSlice, GainOnlyOnFrequentSlice, SliceTooSmall, ConflictingLabels, ProxyBusinessDivergence,
        ProxyUninformative, ProxyAntiCorrelated, SelectionRegret, RuleSliceViolated, RefusalUnresponsive, OverAnswering, RetrievalDominates,
        TopKConflict, GenerationTuningIneffective, SeedNoiseDominates, WinnerWithinNoise, GainDoesNotGeneralize, SignFlip, RankDisagreement,
        SampleInconsistency, Underpowered, TuningSaturated,
    ];

    private static readonly ImmutableDictionary<string, FindingDescriptor> ByCode =
        All.ToImmutableDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The descriptor for a code; throws for an unknown code (a programming error).</summary>
    public static FindingDescriptor Get(string code) => ByCode[code];

    /// <summary>Looks up a code typed by a user.</summary>
    public static bool TryGet(string code, out FindingDescriptor? descriptor) => ByCode.TryGetValue(code, out descriptor);
}
