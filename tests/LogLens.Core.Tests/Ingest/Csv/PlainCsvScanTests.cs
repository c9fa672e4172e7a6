using System.Text;
using LogLens.Core.Ingest.Csv;

namespace LogLens.Core.Tests.Ingest.Csv;

public sealed class PlainCsvScanTests
{
    [Theory]
    [InlineData("step,loss\n1,0.5\n")]
    [InlineData("step,loss\r\n1,0.5\r\n")]
    [InlineData("step,loss\n1,0.5")]
    [InlineData("")]
    public void Unquoted_files_with_lf_or_crlf_line_ends_are_plain(string content)
    {
        using var dir = new TempFolder();
        Assert.True(PlainCsvScan.IsPlain(dir.Write("metrics.csv", content)));
        Assert.True(PlainCsvScan.IsPlain(Encoding.UTF8.GetBytes(content)));
    }

    [Theory]
    [InlineData("step,loss\n1,\"0.5\"\n")]
    [InlineData("step,loss\r1,0.5\r")]
    [InlineData("step,loss\n1,0.5\r")]
    [InlineData("step,loss\n1,0.5\r\r\n")]
    public void Quotes_and_lone_carriage_returns_go_to_CsvHelper(string content)
    {
        using var dir = new TempFolder();
        Assert.False(PlainCsvScan.IsPlain(dir.Write("metrics.csv", content)));
        Assert.False(PlainCsvScan.IsPlain(Encoding.UTF8.GetBytes(content)));
    }

    [Fact]
    public void A_utf16_file_goes_to_CsvHelper()
    {
        using var dir = new TempFolder();
        Assert.False(PlainCsvScan.IsPlain(dir.WriteBytes("metrics.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("step,loss\n1,0.5\n")])));
    }

    [Fact]
    public void A_line_longer_than_the_limit_goes_to_CsvHelper()
    {
        using var dir = new TempFolder();
        string content = "step,loss\n1," + new string('5', PlainCsvScan.MaxLineBytes + 10) + "\n2,0.5\n";
        Assert.False(PlainCsvScan.IsPlain(dir.Write("metrics.csv", content)));
        Assert.False(PlainCsvScan.IsPlain(Encoding.UTF8.GetBytes(content)));
    }

    [Fact]
    public void A_quote_far_into_a_large_file_is_found()
    {
        using var dir = new TempFolder();
        var text = new StringBuilder("step,loss\n");
        for (int i = 0; i < 100_000; i++)
        {
            text.Append(i).Append(",0.5\n");
        }

        Assert.False(PlainCsvScan.IsPlain(dir.Write("metrics.csv", text.Append("7,\"1\"\n").ToString())));
    }
}
