using System.Collections.Immutable;

namespace LogLens.Core.Verdicts;

/// <summary>The triage verdict: its kind, the five checklist answers and one line to act on.</summary>
/// <param name="Checks">The five checklist answers.</param>
/// <param name="Headline">One line to act on.</param>
/// <param name="Saturated">True when LL901 says no parameter beats seed noise any more.</param>
public sealed record Verdict(ImmutableArray<VerdictCheck> Checks, string Headline, bool Saturated = false)
{
    /// <summary>Which of the four verdicts this is.</summary>
    public VerdictKind Kind { get; init; } = VerdictKind.CantTellYet;

    /// <summary>The parameters that do move a business metric beyond seed noise, strongest first.</summary>
    public ImmutableArray<ParameterImpact> Parameters { get; init; } = [];

    /// <summary>Runs whose training is broken (LL101 non-finite, LL102 diverged, LL107 not learning), ordinal-sorted.</summary>
    public ImmutableArray<string> BrokenRuns { get; init; } = [];

    /// <summary>What would settle a "can't tell yet" (or strengthen another verdict): seeds, a business metric, parameters.</summary>
    public ImmutableArray<string> Missing { get; init; } = [];

    /// <summary>Number of "yes" answers.</summary>
    public int Yes => Checks.Count(c => c.Answer == Answer.Yes);

    /// <summary>True for the stop-tuning verdict.</summary>
    public bool StopTuning => Kind == VerdictKind.StopTuning;
}
