using System.Collections.Immutable;

namespace LogLens.Core.Verdicts;

/// <summary>The triage verdict: two or more "yes" answers → stop tuning parameters.</summary>
public sealed record Verdict(ImmutableArray<VerdictCheck> Checks, string Headline)
{
    /// <summary>Number of "yes" answers.</summary>
    public int Yes => Checks.Count(c => c.Answer == Answer.Yes);

    /// <summary>True when two or more checklist answers are yes.</summary>
    public bool StopTuning => Yes >= 2;
}
