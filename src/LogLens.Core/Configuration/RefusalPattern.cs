using System.Text.RegularExpressions;

namespace LogLens.Core.Configuration;

/// <summary>
/// Decides whether a sampled output is a refusal or a hand-over when the sample does not say so itself
/// (<c>refused</c> in samples.jsonl wins). The pattern comes from loglens.yaml (<c>refusal_pattern</c>) or
/// <see cref="Default"/>; it is matched case-insensitively with a timeout, because outputs are untrusted text.
/// </summary>
public static class RefusalPattern
{
    /// <summary>Common refusal and hand-over phrases (English).</summary>
    public const string Default =
        @"\b(?:i\s*(?:'m|am)\s+(?:sorry|unable|not\s+able|not\s+allowed|not\s+permitted)"
        + @"|i\s+(?:can\s*'?\s*not|can't|cannot|won't|will\s+not|must\s+decline|have\s+to\s+decline|do\s+not\s+provide|don't\s+provide)"
        + @"|(?:can't|cannot|unable\s+to)\s+(?:help|assist|provide|comply|answer)"
        + @"|as\s+an\s+ai\b|i\s+must\s+refuse|not\s+something\s+i\s+can"
        + @"|(?:transfer(?:ring)?|connect(?:ing)?|hand(?:ing)?\s+(?:you\s+)?over|escalat(?:e|ing))\s+(?:you\s+)?(?:to|this)"
        + @"|(?:please\s+)?(?:consult|contact|speak\s+(?:to|with))\s+(?:a|an|your)"
        + @"\s+(?:human|agent|professional|doctor|physician|lawyer|attorney|advisor|adviser|specialist))";

    /// <summary>How long one match may take before it counts as undecided.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    /// <summary>Only the start of an output is searched: refusals and hand-overs are said early.</summary>
    public const int MaxChars = 4000;

    /// <summary>Compiles <paramref name="pattern"/> (case-insensitive, culture-invariant, with <see cref="Timeout"/>).</summary>
    /// <exception cref="ArgumentException">The pattern is not a valid regular expression.</exception>
    public static Regex Compile(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    }

    /// <summary>True when <paramref name="output"/> matches; null when the match timed out (undecided).</summary>
    public static bool? IsRefusal(Regex pattern, string output)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(output);
        try
        {
            return pattern.IsMatch(output.Length > MaxChars ? output[..MaxChars] : output);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
