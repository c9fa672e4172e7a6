using System.Collections.Immutable;

namespace LogLens.Core.Findings;

/// <summary>
/// Every finding LogLens can report (codes fixed by DESIGN.md; a retired code is never reused).
/// The README's table and <c>loglens rules</c> are generated from this list.
/// </summary>
public static class FindingCatalog
{
    private static readonly Severity I = Severity.Info, W = Severity.Warning, E = Severity.Error;

    /// <summary>The catalog, ordered by code.</summary>
    public static ImmutableArray<FindingDescriptor> All { get; } =
    [
        new("LL001", "UnreadableFile", W, Question.Logs, "a file could not be read or parsed at all (path, reason)",
            "Any reader that cannot open or parse a file reports it with the path and, when known, the line.",
            "Fix or remove the file; the other runs were analysed without it."),
        new("LL002", "PartialFile", I, Question.Logs, "a file ends mid-record (run still being written?); read up to the last complete record",
            "A final line without a newline, or one that does not parse, is ignored and reported.",
            "Re-run the analysis when the run has finished."),
        new("LL003", "AssumedMetricRoles", I, Question.Logs, "metric roles/directions were inferred, not configured (lists them)",
            "Without loglens.yaml, roles come only from strong evidence: known names (losses, perplexity, BLEU, ROUGE are proxies; accuracy, F1, exact match, WER, mAP, pass rate are business metrics) and the tool's own metadata (lm-eval's higher_is_better). Every other series (gradient norms, learning rates, runtimes, throughput, custom gauges) is `other`: listed, never judged.",
            "Run `loglens init` and correct the roles in loglens.yaml."),
        new("LL004", "NoReplicateSeeds", I, Question.Logs, "configs have a single seed: noise cannot be estimated",
            "Counts runs per config group; noise needs at least two seeds for some configs.",
            "Re-run the leading configs with 3 or more seeds before comparing them."),
        new("LL005", "DuplicateOrResumedSteps", I, Question.Logs, "steps repeat or go backwards (resume/restart); the later segment wins",
            "Rows are kept in file order; a step that is not larger than the previous one starts a new segment.",
            "Nothing to fix; make sure the resumed run used the same config."),
        new("LL006", "RunsWithoutParams", I, Question.Logs, "runs logged no hyperparameters: each is judged on its own, never pooled as seeds",
            "Runs whose parameter set is empty (empty hparams.yaml or W&B config, unreadable params.json) each form a config of their own.",
            "Log the hyperparameters with the runs (or write a params.json beside each run); replicates need equal parameters and a seed key."),
        new("LL007", "UnmatchedConfiguredMetric", W, Question.Logs, "loglens.yaml configures a metric no run logged (typo or renamed key)",
            "Every metric named under `metrics:` in loglens.yaml is looked up among the logged names; the closest names by edit distance are listed.",
            "Fix the name in loglens.yaml; until then the metric's role is inferred from its name."),
        new("LL101", "NonFiniteLoss", E, Question.Dynamics, "NaN/Inf in a loss (first step)",
            "The first non-finite value of every loss series.",
            "Lower the learning rate, enable gradient clipping, check fp16 overflow and the data at that step."),
        new("LL102", "Diverged", E, Question.Dynamics, "the loss ends far above where it started or its running minimum",
            "Median of the last 5% against the first 5% and against 10× the running minimum.",
            "Lower the learning rate or add warm-up; the run is not usable for comparisons."),
        new("LL103", "Overfitting", W, Question.Dynamics, "eval loss rises after its minimum while train loss keeps falling",
            "Eval-loss minimum before 80% of training; after it, Mann–Kendall says eval loss rises (q ≤ .05, rise ≥ 2%) while train loss still falls.",
            "Select the checkpoint at the eval minimum, add data or regularisation; more epochs will not help."),
        new("LL104", "Plateau", I, Question.Dynamics, "no change beyond ±δ over the last part of training (equivalence test)",
            "Sen-slope 90% CI over the last 20% lies within ±1% of the total drop.",
            "Stop training earlier; further steps cost compute without gain."),
        new("LL105", "LossSpikes", W, Question.Dynamics, "spikes far outside the rolling distribution",
            "Hampel filter: residual from a rolling median beyond 6 robust SDs.",
            "Check the batches at those steps, lower the learning rate or clip gradients."),
        new("LL106", "StillImproving", I, Question.Dynamics, "still improving significantly when training stopped",
            "Mann–Kendall decrease over the last 20% of steps.",
            "Train longer before concluding anything from this run."),
        new("LL107", "NotLearning", W, Question.Dynamics, "stuck at chance level (eval loss ≈ ln K, accuracy ≈ 1/K or a binary 0.5)",
            "Compares the final metric with chance level for K classes.",
            "Check labels, the loss and the data pipeline; tuning cannot fix a model that learns nothing."),
        new("LL201", "UnresponsiveSlice", W, Question.Data, "a slice (edge cases, rare classes) lags and no parameter moves it, while the overall metric responds",
            "Slices come from samples with a `slice` label (each run's mean correctness, else score, over the slice's prompts, next to the mean over all its prompts) or from scores on datasets named under `slices:` in loglens.yaml. A per-parameter analysis — main-effect F against replicate seeds as pure error, a permutation p when the grid is unbalanced, ω² — runs on the overall metric and on every slice with ≥ 30 items per run and ≥ 3 configs × 2 seeds, BH over slices × parameters. Flagged when some parameter moves the overall metric (q ≤ .05, ω² ≥ 0.01), none moves the slice, the slice lags the overall metric by ≥ 0.05, and the slice's gain along that parameter has a 95% upper bound below the overall gain (so a merely noisy slice is not called stuck).",
            "Stop tuning for this slice: parameters only teach what the data shows. Collect or synthesise more examples of these edge cases, check their labels, tag them so every eval reports them, and consider a rule or routing in the system layer for them."),
        new("LL202", "GainOnlyOnFrequentSlice", W, Question.Data, "the improvement comes from the frequent slice; edge slices are flat or worse",
            "Along the parameter that moves the overall metric most, the gain between its worst and best level (chosen on the overall metric) is computed per slice with a Welch CI. Flagged when the most frequent slice gains significantly (≥ the business margin), an edge slice gains nothing (Δ ≤ 0 or not significant), and the gap between the two gains — Welch on the per-run differences frequent − edge — is significant after BH over edge slices.",
            "The \"improvement\" is the model fitting the frequent cases faster. Rebalance or up-weight the edge slices, add targeted data for them, and report per-slice metrics before accepting a config on its overall score."),
        new("LL203", "SliceTooSmall", I, Question.Data, "a slice has too few items to measure (items needed)",
            "Median items per run in each slice (prompts in samples, or a slice score's n) against the 30 items a slice needs to be measured at all; the advice sizes the slice to tell two configs apart by 10 points at α = .05 and power .8: n = 2(z.975 + z.8)²·p(1 − p)/0.1².",
            "Add evaluation items to the slice (the number it names) before reading anything into its score; until then LL201/LL202 cannot judge it."),
        new("LL204", "ConflictingLabels", W, Question.Data, "the same prompt/input appears with different expected answers",
            "Over every run's samples, per dataset: prompts whose `expected` answers differ after normalisation (NFKC, case, whitespace, trailing punctuation, invariant numbers), and prompts where the same normalised output is graded correct in one sample and incorrect in another. A count, not a test: one such prompt is already a labelling bug.",
            "Deduplicate the data and fix the labels (or the grader): the model is being taught — or scored on — both answers, and no parameter can resolve that."),
        new("LL301", "ProxyBusinessDivergence", W, Question.Evaluation, "within a run, the proxy improves while the business metric doesn't — or the proxy worsens while the business metric improves",
            "Mann–Kendall trend (one-sided, BH over runs) on the proxy series and Sen's slope with a 90% CI on the business series, over checkpoints.",
            "Evaluate on the business metric and select checkpoints by it; the proxy is steering tuning in the wrong coordinate system."),
        new("LL302", "ProxyUninformative", W, Question.Evaluation, "across configs, proxy ranks barely predict business ranks",
            "Kendall τ-b between config means of proxy goodness and business score (τ ≤ 0.2 and CI upper bound < 0.5).",
            "Stop selecting configs by the proxy; measure the business metric for every config."),
        new("LL303", "ProxyAntiCorrelated", E, Question.Evaluation, "across configs, a better proxy means a worse business score",
            "Kendall τ-b between config means of proxy goodness and business score is negative with p < .05.",
            "Change the objective or the evaluation: optimising the proxy actively hurts the business metric."),
        new("LL304", "SelectionRegret", W, Question.Evaluation, "the checkpoint/config chosen by the proxy loses business score against the best one",
            "Business score of the best-by-business checkpoint minus that of the best-by-proxy checkpoint, beyond the practical margin.",
            "Select checkpoints by the business metric."),
        new("LL401", "RuleSliceViolated", E, Question.System, "a must-refuse / rule slice is violated at every setting tried",
            "Samples with expect: refuse (or hand-over) or in a refusal/rule slice are judged by `refused`, `correct` or the refusal_pattern regex. Per slice and setting (config), violations k of n samples; a setting meets the rule unless the one-sided 95% Clopper–Pearson lower bound of its violation rate exceeds thresholds.rule_tolerance (default 0: any violation counts). Flagged when no setting meets it (an intersection–union test).",
            "Rules belong in the system layer, not in weights: enforce the rule with a guardrail or policy check before the answer leaves the system, route the case to a refusal classifier or a human hand-over, and keep the slice as a regression test. No learning rate or temperature made it hold here."),
        new("LL402", "RefusalUnresponsive", W, Question.System, "refusal behaviour doesn't respond to any parameter (temperature, lr, ...)",
            "Per run, the share of must-refuse samples handled correctly; per parameter, F = (SS_p/df_p)/MS_pure with pure error from replicate seeds (F test for a balanced factorial, else a permutation test), ω² and Benjamini–Hochberg over parameters. Flagged when no parameter moves refusal (q ≤ α with ω² ≥ 0.01) while some parameter does move the business metric, and refusal lags (95% CI upper bound of the mean rate < 0.95).",
            "Stop tuning for refusal: the sweep moved the business metric but not refusal, so the decision to answer, refuse or hand over must come from the system layer — a refusal classifier or router in front of the model, explicit policies, a hand-over path — evaluated on the must-refuse slice."),
        new("LL403", "OverAnswering", W, Question.System, "confident answers where refusal or hand-over was expected",
            "A must-refuse prompt sampled N ≥ 3 times in a run is answered confidently when its most frequent normalised answer (NFKC, case, whitespace, trailing punctuation) is not a refusal and holds ≥ thresholds.confident_agreement (0.8) of the samples. Flagged per slice when the one-sided 95% Clopper–Pearson lower bound of the confident share exceeds 10%.",
            "The model agrees with itself, so lower temperature or more sampling will not make it stay silent: add abstention in the system layer (a refusal classifier, confidence or topic routing, a hand-over to a human) and add the confidently answered prompts to the must-refuse test set."),
        new("LL501", "RetrievalDominates", W, Question.Retrieval, "retrieval parameters explain more of the business metric than generation parameters",
            "Per business metric and dataset: the joint levels of the retrieval parameters (parameter_groups, or names such as top_k, chunk_size, chunk_overlap, retriever) and of the generation parameters are each tested against seed noise (F with pure error, or permutation; BH per metric), and their ω² compared. Flagged when retrieval's q ≤ α and ω²_retrieval − ω²_generation ≥ 0.10 with a residual-bootstrap 95% CI above 0.",
            "The evidence decides the answer here, not decoding: fix retrieval — chunking that keeps self-contained passages, top-k, reranking, the retriever or index — and evaluate retrieval directly (recall of the right passage) before another round of generation tuning."),
        new("LL502", "TopKConflict", W, Question.Retrieval, "the business metric falls as top-k grows (conflicting evidence)",
            "One-sided Kendall trend test of run-level business goodness on top-k (≥ 3 levels), stratified by the other parameters (seasonal Kendall: S and tie-corrected Var S summed over strata, continuity-corrected z); BH over datasets. Flagged when q ≤ α and the drop from the smallest to the largest top-k is at least business_delta.",
            "More retrieved chunks bring in conflicting evidence, which is worse than missing evidence: lower top-k, add a reranker or a relevance cut-off, deduplicate and resolve contradictory sources in retrieval. Generation tuning only tells a more plausible story from bad evidence."),
        new("LL503", "GenerationTuningIneffective", I, Question.Retrieval, "generation-parameter changes have no effect beyond noise",
            "Each generation parameter (temperature, top_p, max_new_tokens, ... or parameter_groups.generation) and their joint levels are tested against pure error from seeds (BH over parameters). Reported when none has q ≤ α with ω² ≥ 0.01, the joint test has p > α, and the residual-bootstrap one-sided 95% upper bound of the joint ω² is below 0.15 (an equivalence check, so an underpowered sweep stays silent).",
            "Stop tuning temperature and top-p: they do not move the business metric beyond seed noise. Look at the evidence and the system instead — retrieval quality, chunking, top-k — and at rules that belong in guardrails."),
        new("LL601", "SeedNoiseDominates", W, Question.Uninterpretable, "config differences are within seed noise (ICC, F-test)",
            "One-way random-effects ANOVA over config groups: ICC(1) with its CI and the F-test.",
            "Stop comparing these configs on single runs; fix the evaluation's variance or run more seeds."),
        new("LL602", "WinnerWithinNoise", W, Question.Uninterpretable, "the \"best\" config isn't distinguishable from noise (max-statistic test)",
            "Max-statistic permutation test: the best config's lead over the grand mean against permuted run→config labels.",
            "Do not ship the \"winner\"; the ranking would change with new seeds."),
        new("LL603", "GainDoesNotGeneralize", W, Question.Uninterpretable, "a gain on some datasets doesn't hold on others",
            "Per-dataset Δ with CIs; sign test and Wilcoxon across datasets; any significantly negative dataset.",
            "Report per-dataset results; look for the data difference that explains it before tuning further."),
        new("LL604", "SignFlip", E, Question.Uninterpretable, "significantly better on one dataset, significantly worse on another",
            "Per-dataset Welch (or paired) t with BH across datasets: significant gains and losses at once.",
            "The change trades one dataset for another; find out why before adopting it."),
        new("LL605", "RankDisagreement", W, Question.Uninterpretable, "datasets rank configs differently (Kendall's W)",
            "Kendall's W of config ranks across datasets (tie-corrected; permutation p for few datasets).",
            "There is no single best config; choose per dataset or fix what differs between datasets."),
        new("LL606", "SampleInconsistency", W, Question.Uninterpretable, "repeated samples of the same prompt disagree",
            "Per run and dataset, prompts with ≥ 3 samples: answers are normalised (NFKC, case, whitespace, trailing punctuation, invariant numbers), pairwise agreement A = Σ c_k(c_k − 1)/(N(N − 1)); a prompt is unstable when N ≥ 5 and A < 0.5, or the Wilson 95% CI of its correctness lies inside [0.1, 0.9]. Flagged when the unstable fraction's Wilson lower bound exceeds 3%, or the bootstrap upper bound of mean agreement is below 0.8.",
            "Constrain outputs before comparing configs (answer format, decoding, a verifier or system rule), judge configs on several samples per prompt, and look at the unstable prompts: they are often ambiguous or under-specified in the data."),
        new("LL607", "Underpowered", I, Question.Uninterpretable, "too few seeds to detect the observed difference (seeds needed)",
            "Minimum detectable effect for the seeds per config; seeds needed for the observed difference at 80% power.",
            "Run the number of seeds it names before deciding."),
        new("LL901", "TuningSaturated", W, Question.Verdict, "no parameter beats seed noise any more: stop tuning",
            "Per business metric, on every dataset with ≥ 3 configs having ≥ 2 seeds, all of: no parameter with q ≤ .05 and ω² ≥ 0.01 (main-effect F with replicate seeds as pure error, BH over parameters); the max-statistic permutation test finds no config beyond noise (p ≥ .05); the expected-max curve over config means is flat (E[max@N] − E[max@N/2] < 0.5·σ_seed/√n̄). Never decided from normalised importances, which sum to 1 even under pure noise.",
            "Stop tuning parameters: the remaining gains are within seed noise. Fix the data (slices, labels, coverage), the objective or the evaluation; if a parameter still matters to you, run more seeds before another sweep."),
    ];

    private static readonly ImmutableDictionary<string, FindingDescriptor> ByCode =
        All.ToImmutableDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The descriptor for a code; throws for an unknown code (a programming error).</summary>
    public static FindingDescriptor Get(string code) => ByCode[code];

    /// <summary>Looks up a code typed by a user.</summary>
    public static bool TryGet(string code, out FindingDescriptor? descriptor) => ByCode.TryGetValue(code, out descriptor);
}
