namespace LogLens.Core.Reporting.Exporters;

/// <summary>Writes lines ending in '\n' whatever the OS, so reports are byte-identical everywhere.</summary>
internal sealed class MarkdownWriter(TextWriter writer)
{
    public void Line(string text = "")
    {
        writer.Write(text);
        writer.Write('\n');
    }
}
