namespace LogLens.Cli.Tests;

public sealed class TerminalWriterTests
{
    [Fact]
    public void Control_characters_are_escaped_and_line_ends_and_tabs_pass()
    {
        Assert.Equal("a\\x1B[31m\tb\n\\x07c\n", Through(false, w => w.Write("a\u001b[31m\tb\n\u0007c\n")));
    }

    [Fact]
    public void A_crlf_line_end_passes_even_when_written_in_two_pieces() =>
        Assert.Equal("a\r\nb\r\n", Through(false, w =>
        {
            w.Write("a\r");
            w.Write("\nb\r\n");
        }));

    [Fact]
    public void A_lone_carriage_return_is_escaped_on_stdout_and_kept_on_stderr()
    {
        Assert.Equal(("x\\x0Dy\\x0D", "\rx\r"), (Through(false, w => w.Write("x\ry\r")), Through(true, w => w.Write("\rx\r"))));
    }

    private static string Through(bool carriageReturns, Action<TextWriter> write)
    {
        using var inner = new StringWriter();
        using (var writer = new TerminalWriter(inner, carriageReturns))
        {
            write(writer);
            writer.Flush();
        }

        return inner.ToString();
    }
}
