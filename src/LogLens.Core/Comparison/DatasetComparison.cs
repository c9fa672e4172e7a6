using LogLens.Core.Statistics;

namespace LogLens.Core.Comparison;

/// <summary>
/// Candidate versus baseline on one dataset. Means are raw metric values; <see cref="Delta"/> and
/// everything derived from it are in the metric's better direction (positive = the candidate is better,
/// also for losses).
/// </summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="NBaseline">Baseline runs with a finite value.</param>
/// <param name="NCandidate">Candidate runs with a finite value.</param>
/// <param name="MeanBaseline">Mean raw value of the baseline.</param>
/// <param name="MeanCandidate">Mean raw value of the candidate.</param>
/// <param name="Delta">Improvement: mean goodness(candidate) − mean goodness(baseline).</param>
/// <param name="DeltaCi">Student-t 95% interval of <paramref name="Delta"/>.</param>
/// <param name="EffectSize">Standardized difference: Δ over the pooled within-config SD.</param>
/// <param name="ProbabilityOfImprovement">P(C &gt; B) = U/(nm) with ties ½.</param>
/// <param name="ProbabilityCi">Bootstrap percentile interval of P(C &gt; B), resampling within each side (approximate for n ≤ 5).</param>
/// <param name="P">Two-sided p of the Welch t test (see <see cref="GainAnalysis"/> for why not paired).</param>
/// <param name="Q">Benjamini–Hochberg q across the datasets of this comparison.</param>
/// <param name="QBetter">One-sided BH q for "the candidate is better" (one-sided t p, BH over the datasets).</param>
/// <param name="QWorse">One-sided BH q for "the candidate is worse".</param>
/// <param name="Outcome">Better / worse / not significant / undefined, from q, α and the practical margin δ.</param>
internal sealed record DatasetComparison(
    string Dataset,
    int NBaseline,
    int NCandidate,
    double MeanBaseline,
    double MeanCandidate,
    double Delta,
    Interval DeltaCi,
    double EffectSize,
    double ProbabilityOfImprovement,
    Interval ProbabilityCi,
    double P,
    double Q,
    double QBetter,
    double QWorse,
    DatasetOutcome Outcome);
