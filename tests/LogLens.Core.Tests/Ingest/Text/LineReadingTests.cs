using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Memory;
using LogLens.Core.Ingest.Text;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Text;

public sealed class LineReadingTests
{
    [Fact]
    public void A_line_over_the_limit_is_skipped_with_LL001_and_the_next_lines_are_read()
    {
        using var dir = new TempFolder();
        string path = dir.Write("metrics.jsonl", "{\"step\": 1, \"loss\": 1}\n{\"step\": 2, \"pad\": \"" + new string('x', 5000) + "\"}\n{\"step\": 3, \"loss\": 0.5}\n");
        var fragment = new RunFragment(".", dir.Path);
        var row = new List<long>();
        JsonLines.Read(path, fragment, (json, line) => { row.Add(line); return null; }, maxLineBytes: 1024);
        Assert.Equal([1L, 3L], row);
        var d = Assert.Single(fragment.Diagnostics);
        Assert.Equal(("LL001", 2L), (d.Code, d.Line));
    }

    [Fact]
    public void Bare_literals_are_quoted_outside_strings_only()
    {
        byte[] source = """{"a": NaN, "b": -Infinity, "c": "NaN \" Infinity", "d": [Infinity]}"""u8.ToArray();
        var destination = new byte[NamedLiterals.MaxOutputLength(source.Length)];
        int n = NamedLiterals.Quote(source, destination);
        Assert.Equal("""{"a": "NaN", "b": "-Infinity", "c": "NaN \" Infinity", "d": ["Infinity"]}""", System.Text.Encoding.UTF8.GetString(destination, 0, n));
    }

    [Theory]
    [InlineData("nan", double.NaN)]
    [InlineData("-inf", double.NegativeInfinity)]
    [InlineData("+Inf", double.PositiveInfinity)]
    [InlineData("INFINITY", double.PositiveInfinity)]
    [InlineData(" 1e-05 ", 1e-5)]
    [InlineData("1e999", double.PositiveInfinity)]
    public void Float_text_reads_python_spellings(string text, double expected)
    {
        Assert.True(FloatText.TryParse(text, out double value));
        Assert.Equal(expected, value);
        Assert.True(FloatText.TryParse(System.Text.Encoding.UTF8.GetBytes(text), out double fromBytes));
        Assert.Equal(expected, fromBytes);
    }

    [Fact]
    public void Series_builder_cuts_everything_at_or_after_a_restart_step()
    {
        var fragment = new RunFragment(".", "/");
        SeriesBuilder series = fragment.Series("loss");
        foreach ((double step, double value) in new[] { (1.0, 1.0), (2, 2), (3, 3), (4, 4), (5, 5), (3, 30), (4, 40) })
        {
            series.Add(step, value);
        }

        var built = series.Build();
        Assert.Equal([1.0, 2, 3, 4], built.Steps);
        Assert.Equal([1.0, 2, 30, 40], built.Values);
        Assert.Equal(1, series.Resumes);
    }

    [Fact]
    public void A_resumed_series_keeps_its_rows_in_logging_order_with_a_segment_index()
    {
        var fragment = new RunFragment(".", "/");
        SeriesBuilder series = fragment.Series("loss");
        foreach ((double step, double value) in new[] { (1.0, 1.0), (2, 2), (3, 3), (2, 20), (3, 30), (1, 100) })
        {
            series.Add(step, value);
        }

        RawSeries raw = series.Build().Raw!;
        Assert.Equal([1.0, 2, 3, 2, 3, 1], raw.Steps);
        Assert.Equal([1.0, 2, 3, 20, 30, 100], raw.Values);
        Assert.Equal([0, 0, 0, 1, 1, 2], raw.Segments);
        Assert.Equal(3, raw.SegmentCount);
        Assert.Equal([100.0], series.Build().Values);
    }

    [Fact]
    public void A_series_that_never_resumes_has_no_raw_copy()
    {
        var fragment = new RunFragment(".", "/");
        SeriesBuilder series = fragment.Series("loss");
        series.Add(1, 1);
        series.Add(2, 2);
        Assert.Null(series.Build().Raw);
    }
}
