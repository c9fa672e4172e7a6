using LogLens.Core.Statistics;

namespace LogLens.Core.Comparison;

/// <summary>
/// Candidate versus baseline on the prompts both sides answered in one dataset: each prompt's outcome per side is
/// the mean of its samples (over that side's runs), and the test is on the per-prompt differences — prompts are the
/// clusters, so repeated samples of one prompt never count as independent evidence. The interval covers prompt
/// sampling for these runs, not seed noise.
/// </summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="Metric">"correct" (samples judged right or wrong) or "score".</param>
/// <param name="Prompts">Prompts answered by both sides.</param>
/// <param name="MeanBaseline">Mean per-prompt outcome of the baseline.</param>
/// <param name="MeanCandidate">Mean per-prompt outcome of the candidate.</param>
/// <param name="Delta">Mean of candidate − baseline over the prompts (higher is better).</param>
/// <param name="DeltaCi">Paired-t 95% interval of <paramref name="Delta"/>.</param>
/// <param name="P">Two-sided paired-t p.</param>
/// <param name="QBetter">One-sided BH q for "the candidate is better" across the datasets.</param>
/// <param name="QWorse">One-sided BH q for "the candidate is worse".</param>
/// <param name="Outcome">Better / worse / not significant / undefined, by the rule of <see cref="DatasetComparison"/>.</param>
internal sealed record PromptComparison(
    string Dataset,
    string Metric,
    int Prompts,
    double MeanBaseline,
    double MeanCandidate,
    double Delta,
    Interval DeltaCi,
    double P,
    double QBetter,
    double QWorse,
    DatasetOutcome Outcome);
