namespace LogLens.Core.Configuration;

/// <summary>Slice kinds (loglens.yaml <c>slices</c>) inferred from slice names when none are configured.</summary>
public static class SliceKinds
{
    /// <summary>Must refuse or hand over.</summary>
    public const string Refusal = "refusal";

    /// <summary>Compliance rules (disclaimers, limits, policies).</summary>
    public const string Rule = "rule";

    /// <summary>Rare or hard cases.</summary>
    public const string Edge = "edge";

    private static readonly string[] RefusalTokens = ["refus", "decline", "abstain", "handover", "hand_over", "escalat"];
    private static readonly string[] RuleTokens = ["rule", "policy", "compliance", "guardrail", "disclaimer"];
    private static readonly string[] EdgeTokens = ["edge", "rare", "hard", "tail", "corner", "adversarial"];

    /// <summary>The kind a slice name suggests, or null.</summary>
    public static string? Infer(string slice)
    {
        ArgumentNullException.ThrowIfNull(slice);
        string lower = slice.ToLowerInvariant();
        return RefusalTokens.Any(t => lower.Contains(t, StringComparison.Ordinal)) ? Refusal
            : RuleTokens.Any(t => lower.Contains(t, StringComparison.Ordinal)) ? Rule
            : EdgeTokens.Any(t => lower.Contains(t, StringComparison.Ordinal)) ? Edge
            : null;
    }
}
