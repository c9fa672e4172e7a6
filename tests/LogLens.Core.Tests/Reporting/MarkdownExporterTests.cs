using LogLens.Core.Reporting.Exporters;

namespace LogLens.Core.Tests.Reporting;

public sealed class MarkdownExporterTests
{
    [Fact]
    public void The_report_matches_the_golden_file()
    {
        string actual = ExporterRun.Write(MarkdownExporter.Default, SampleResult.Create());

        Assert.Equal(Golden.Expected("report.md", actual), actual);
    }

    [Fact]
    public void The_report_is_byte_identical_across_two_analyses()
    {
        string first = ExporterRun.Write(MarkdownExporter.Default, SampleResult.Create());
        string second = ExporterRun.Write(MarkdownExporter.Default, SampleResult.Create());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Markup_and_pipes_in_run_names_are_escaped()
    {
        string report = ExporterRun.Write(MarkdownExporter.Default, SampleResult.Create());

        Assert.DoesNotContain("<script>", report, StringComparison.Ordinal);
        Assert.DoesNotContain("a|b", report, StringComparison.Ordinal);
        Assert.Contains("a\\|b\\`&lt;script&gt;\\`<br>x", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_table_row_has_as_many_cells_as_its_header()
    {
        string[] lines = ExporterRun.Write(MarkdownExporter.Default, SampleResult.Create()).Split('\n');

        int? columns = null;
        foreach (string line in lines)
        {
            if (!line.StartsWith('|'))
            {
                columns = null;
                continue;
            }

            int cells = CountCells(line);
            columns ??= cells;
            Assert.True(columns == cells, $"row has {cells} cells, header {columns}: {line}");
        }
    }

    [Fact]
    public void Finding_sections_link_their_plots_and_remedy()
    {
        string report = ExporterRun.Write(MarkdownExporter.Default, SampleResult.Create());

        Assert.Contains("(plots/LL601-digits-eval-accuracy.png)", report, StringComparison.Ordinal);
        Assert.Contains("**What to do instead of tuning:** Stop comparing these configs on single runs", report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("<img src=x>", "&lt;img src=x&gt;")]
    [InlineData("line1\r\nline2", "line1<br>line2")]
    [InlineData("`code`", "\\`code\\`")]
    [InlineData("![x](y)", "\\!\\[x\\](y)")]
    public void Escape_makes_markdown_metacharacters_literal(string text, string expected)
    {
        Assert.Equal(expected, Markdown.Escape(text));
    }

    private static int CountCells(string line)
    {
        int count = 0;
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                count++;
            }
        }

        return count - 1;
    }
}
