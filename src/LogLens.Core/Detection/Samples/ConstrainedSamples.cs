using System.Collections.Immutable;
using System.Text.RegularExpressions;
using LogLens.Core.Configuration;
using LogLens.Core.Model;

namespace LogLens.Core.Detection.Samples;

/// <summary>
/// Finds the samples a system constraint applies to (LL401–LL403): <c>expect: refuse</c> (or hand-over), or a slice
/// whose kind is <c>refusal</c> or <c>rule</c> in loglens.yaml (without slice kinds: slice names that say so, e.g.
/// "must_refuse", "policy_rules"). Whether an output refused comes from <c>refused</c>, else the refusal pattern;
/// whether a rule was broken from <c>correct</c> when the judge logged it.
/// </summary>
internal static class ConstrainedSamples
{
    /// <summary>The slice name used for must-refuse samples that carry no slice label.</summary>
    public const string ExpectRefuse = "expect=refuse";

    private static readonly string[] RefuseExpectations = ["refuse", "refusal", "decline", "abstain", "hand_over", "handover", "hand-over", "escalate"];

    /// <summary>Every constrained sample of every run, in run then file order.</summary>
    public static ImmutableArray<ConstrainedSample> Collect(RunSet runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (!runs.Runs.Any(r => r.Samples.Length > 0))
        {
            return [];
        }

        Regex pattern = RefusalPattern.Compile(runs.Config.RefusalPattern);
        var result = ImmutableArray.CreateBuilder<ConstrainedSample>();
        foreach (Run run in runs.Runs)
        {
            string config = runs.Keys[run.Id].ConfigKey;
            foreach (Sample sample in run.Samples)
            {
                string? kind = Kind(sample, runs.Config);
                if (kind is null)
                {
                    continue;
                }

                bool expectsRefusal = kind == "refusal";
                bool? refused = sample.Refused ?? (sample.Output.Length > 0 ? RefusalPattern.IsRefusal(pattern, sample.Output) : null);
                bool answerExpected = sample.Expect?.Trim().ToLowerInvariant() is "answer" or "comply";
                bool? violated = expectsRefusal
                    ? (sample.Refused is bool r ? !r : sample.Correct is bool c ? !c : !refused)
                    : (sample.Correct is bool ok ? !ok : answerExpected ? null : !refused);
                result.Add(
                    new ConstrainedSample(run.Id, config, sample.Slice ?? ExpectRefuse, sample.PromptId, sample.Output, expectsRefusal, refused, violated));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>True when a system constraint (refusal or rule) applies to <paramref name="sample"/>.</summary>
    public static bool IsConstrained(Sample sample, LogLensConfig config) => Kind(sample, config) is not null;

    /// <summary>"refusal", "rule" or null (not constrained).</summary>
    private static string? Kind(Sample sample, LogLensConfig config)
    {
        string? expect = sample.Expect?.Trim().ToLowerInvariant();
        if (expect is not null && RefuseExpectations.Contains(expect))
        {
            return "refusal";
        }

        if (sample.Slice is not string slice)
        {
            return null;
        }

        string? configured = SliceKind(slice, config);
        string? kind = configured ?? (config.Slices.IsEmpty ? Inferred(slice) : null);

        // A refusal slice may also hold prompts that must be answered (over-refusal checks): those are not constrained.
        return kind == "refusal" && expect is "answer" or "comply" ? null : kind;
    }

    private static string? SliceKind(string slice, LogLensConfig config)
    {
        foreach ((string kind, ImmutableArray<string> names) in config.Slices)
        {
            if (LogLensConfig.Matches(slice, names) && kind is "refusal" or "rule")
            {
                return kind;
            }
        }

        return null;
    }

    private static string? Inferred(string slice) => SliceKinds.Infer(slice) is SliceKinds.Refusal or SliceKinds.Rule ? SliceKinds.Infer(slice) : null;
}
