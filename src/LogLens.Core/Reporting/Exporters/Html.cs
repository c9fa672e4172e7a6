using System.Text;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>Makes log-derived text inert in HTML text and quoted attribute values (run names and outputs are untrusted).</summary>
internal static class Html
{
    /// <summary>
    /// Encodes &amp; &lt; &gt; " and ' as character references, normalises line breaks to '\n', drops other
    /// control characters and replaces unpaired surrogates with U+FFFD. Safe in element content and in
    /// double- or single-quoted attribute values; never safe inside script or style.
    /// </summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&':
                    sb.Append("&amp;");
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '"':
                    sb.Append("&quot;");
                    break;
                case '\'':
                    sb.Append("&#39;");
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    sb.Append('\n');
                    break;
                case '\t':
                    sb.Append(c);
                    break;
                case var _ when char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                    sb.Append(c).Append(text[++i]);
                    break;
                case var _ when char.IsSurrogate(c):
                    sb.Append('\uFFFD');
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }
}
