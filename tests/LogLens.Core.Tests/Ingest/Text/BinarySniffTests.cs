using System.Text;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Tests.Ingest.Text;

/// <summary>A binary file where text is expected is one LL001 naming the first offending byte, not one per garbage line.</summary>
public sealed class BinarySniffTests
{
    [Fact]
    public void A_nul_byte_makes_a_file_binary_at_its_offset_and_line()
    {
        string? why = BinarySniff.Check("{\"step\": 1}\n{\"step\": 2}\n\0\0\0"u8, out long line);

        Assert.Equal(("not text: a NUL byte at byte offset 24 (binary data, or UTF-16 text); file skipped", 3L), (why, line));
    }

    [Fact]
    public void Many_control_bytes_without_a_nul_make_a_file_binary()
    {
        byte[] head = [.. "step,loss\n"u8, .. Enumerable.Repeat((byte)0x01, 10), .. "1,0.5\n"u8];

        Assert.StartsWith("not text: control bytes make up 10 of its first 26 bytes, the first at byte offset 10", BinarySniff.Check(head, out long line), StringComparison.Ordinal);
        Assert.Equal(2, line);
    }

    [Fact]
    public void Random_bytes_are_binary()
    {
        var bytes = new byte[3000];
        new Random(7).NextBytes(bytes);

        Assert.NotNull(BinarySniff.Check(bytes, out _));
    }

    [Theory]
    [InlineData("step,loss\r\n1,0.5\r\n")]
    [InlineData("\u001b[32m{\"step\": 1}\u001b[0m\n")]
    [InlineData("a\tb\fc\n")]
    public void Text_with_line_ends_tabs_and_colour_codes_is_text(string text) =>
        Assert.Null(BinarySniff.Check(Encoding.UTF8.GetBytes(text), out _));

    [Fact]
    public void Latin1_text_that_is_not_utf8_is_still_text() =>
        Assert.Null(BinarySniff.Check(Encoding.Latin1.GetBytes("name,caf\u00e9\n1,2\n"), out _));

    [Fact]
    public void A_utf16_file_is_named_as_such()
    {
        byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("{\"lr\": 0.1}")];

        Assert.Equal("not UTF-8 text: it starts with a UTF-16 byte-order mark (save it as UTF-8); file skipped", BinarySniff.Check(utf16, out _));
    }

    [Theory]
    [InlineData("metrics.jsonl")]
    [InlineData("metrics.csv")]
    [InlineData("params.json")]
    [InlineData("scores.csv")]
    [InlineData("samples.jsonl")]
    public void A_binary_generic_file_is_one_diagnostic_with_its_path_and_line(string file)
    {
        using var dir = new TempFolder();
        dir.Write(file == "params.json" ? "run/metrics.jsonl" : "run/params.yaml", file == "params.json" ? "{\"step\": 1, \"loss\": 0.5}\n" : "lr: 0.1\n");
        var garbage = new byte[20_000];
        new Random(3).NextBytes(garbage);
        dir.WriteBytes("run/" + file, [.. "step,loss\n"u8, .. garbage]);

        var diagnostic = Assert.Single(dir.Ingest().Diagnostics);

        Assert.Equal(("LL001", "run/" + file), (diagnostic.Code, diagnostic.Path));
        Assert.StartsWith("not text: a NUL byte at byte offset ", diagnostic.Message, StringComparison.Ordinal);
        Assert.NotNull(diagnostic.Line);
    }
}
