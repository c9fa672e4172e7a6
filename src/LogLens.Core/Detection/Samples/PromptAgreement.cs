using LogLens.Core.Model;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Samples;

/// <summary>
/// How much a prompt's repeated samples agree (docs/methods.md): answer counts c_k over N normalised samples,
/// unbiased pairwise agreement A = Σ c_k(c_k − 1)/(N(N − 1)), majority fraction max c_k/N, and the number
/// correct when graded. Unstable: N ≥ 5 and A &lt; 0.5, or the Wilson 95% CI of correctness inside [0.1, 0.9].
/// </summary>
/// <param name="Prompt">The prompt id.</param>
/// <param name="N">Samples.</param>
/// <param name="Answers">Distinct normalised answers.</param>
/// <param name="Agreement">Unbiased pairwise agreement A.</param>
/// <param name="Majority">Majority fraction.</param>
/// <param name="Correct">Samples graded correct, or null when none is graded.</param>
/// <param name="Graded">Samples graded.</param>
internal sealed record PromptAgreement(string Prompt, int N, int Answers, double Agreement, double Majority, int? Correct, int Graded)
{
    /// <summary>Fewest samples per prompt for any agreement statistic.</summary>
    public const int MinSamples = 3;

    /// <summary>Fewest samples for the agreement rule (A &lt; 0.5).</summary>
    public const int MinSamplesForAgreement = 5;

    /// <summary>True when the prompt's answers are unstable.</summary>
    public bool Unstable
    {
        get
        {
            if (N >= MinSamplesForAgreement && Agreement < 0.5)
            {
                return true;
            }

            Statistics.Interval ci = Correct is int c ? Wilson.Of(c, Graded) : Statistics.Interval.Undefined;
            return ci.IsDefined && ci.Low > 0.1 && ci.High < 0.9;
        }
    }

    /// <summary>The agreement of one prompt's samples.</summary>
    public static PromptAgreement Of(string prompt, IReadOnlyCollection<Sample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        int[] counts = [.. samples.GroupBy(s => AnswerNormalizer.Normalize(s.Output), StringComparer.Ordinal).Select(g => g.Count())];
        int n = samples.Count;
        double a = n < 2 ? double.NaN : counts.Sum(c => (double)c * (c - 1)) / ((double)n * (n - 1));
        int graded = samples.Count(s => s.Correct is not null);
        int? correct = graded == 0 ? null : samples.Count(s => s.Correct == true);
        return new PromptAgreement(prompt, n, counts.Length, a, (double)counts.Max() / n, correct, graded);
    }
}
