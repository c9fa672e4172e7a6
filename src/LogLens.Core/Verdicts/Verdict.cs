using System.Collections.Immutable;

namespace LogLens.Core.Verdicts;

/// <summary>The triage verdict: two or more "yes" answers, or tuning saturated (LL901) → stop tuning parameters.</summary>
/// <param name="Checks">The five checklist answers.</param>
/// <param name="Headline">One line to act on.</param>
/// <param name="Saturated">True when LL901 says no parameter beats seed noise any more.</param>
public sealed record Verdict(ImmutableArray<VerdictCheck> Checks, string Headline, bool Saturated = false)
{
    /// <summary>The parameters that do move a business metric beyond seed noise, strongest first.</summary>
    public ImmutableArray<ParameterImpact> Parameters { get; init; } = [];

    /// <summary>Number of "yes" answers.</summary>
    public int Yes => Checks.Count(c => c.Answer == Answer.Yes);

    /// <summary>True when two or more checklist answers are yes, or tuning is saturated.</summary>
    public bool StopTuning => Yes >= 2 || Saturated;
}
