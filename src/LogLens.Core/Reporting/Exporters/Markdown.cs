using System.Text;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>Makes log-derived text inert in GitHub-flavoured Markdown (run names and messages are untrusted).</summary>
internal static class Markdown
{
    /// <summary>
    /// Escapes Markdown and HTML metacharacters (pipes, backticks, brackets, emphasis, '&lt;'), turns line
    /// breaks into &lt;br&gt; so table rows stay intact, and drops other control characters.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    sb.Append("<br>");
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '&':
                    sb.Append("&amp;");
                    break;
                case '\\' or '`' or '|' or '*' or '_' or '[' or ']' or '#' or '~' or '!':
                    sb.Append('\\').Append(c);
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

    /// <summary>One table row from cells that are already escaped.</summary>
    public static string Row(params string[] cells) => "| " + string.Join(" | ", cells) + " |";
}
