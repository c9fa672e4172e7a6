using System.Globalization;
using System.Text;

namespace LogLens.Core.Detection.Samples;

/// <summary>
/// docs/methods.md answer normalisation, so that formatting never counts as disagreement: Unicode NFKC,
/// lower case (invariant), trimmed, whitespace collapsed, trailing punctuation stripped, and numbers in
/// invariant form ("1,000" = "1000" = "1000.0").
/// </summary>
internal static class AnswerNormalizer
{
    private const string TrailingPunctuation = ".,;:!?。！？、…\"'`)";

    /// <summary>The normalised answer.</summary>
    public static string Normalize(string? answer)
    {
        if (string.IsNullOrEmpty(answer))
        {
            return string.Empty;
        }

        string text = answer.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char raw in text.Trim())
        {
            char c = Narrow(raw);
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        string collapsed = sb.ToString().TrimEnd(TrailingPunctuation.ToCharArray()).TrimStart('(', '"', '\'', '`');
        return double.TryParse(collapsed, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out double number)
            && double.IsFinite(number)
            ? number.ToString("R", CultureInfo.InvariantCulture)
            : collapsed;
    }

    /// <summary>
    /// Full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space, the NFKC mappings answers need most:
    /// with InvariantGlobalization (this build) .NET's Normalize leaves non-ASCII text unchanged.
    /// </summary>
    private static char Narrow(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => char.ToLowerInvariant((char)(c - 0xFEE0)),
        '\u3000' => ' ',
        _ => c,
    };
}
