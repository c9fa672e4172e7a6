using System.Collections.Immutable;
using LogLens.Core.Findings;

namespace LogLens.Core.Verdicts;

/// <summary>One checklist question, its answer, the findings behind it, and what would settle a "can't tell".</summary>
public sealed record VerdictCheck(Question Question, Answer Answer, ImmutableArray<string> FindingIds, string Reason);
