using System.Text;

namespace LogLens.Core.Detection.Samples;

/// <summary>
/// Normalises an answer for agreement counting (docs/methods.md): NFKC, lower case, trimmed, whitespace collapsed, trailing punctuation stripped.
/// </summary>
internal static class AnswerText
{
    /// <summary>At most this many characters are compared (long outputs are cut, as METHODS caps edit distances).</summary>
    public const int MaxChars = 2000;

    /// <summary>The normalised answer.</summary>
    public static string Normalize(string output)
    {
        string text = (output.Length > MaxChars ? output[..MaxChars] : output).Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        while (sb.Length > 0 && char.IsPunctuation(sb[^1]))
        {
            sb.Length--;
        }

        return sb.ToString();
    }
}
