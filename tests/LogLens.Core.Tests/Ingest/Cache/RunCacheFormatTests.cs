using System.Collections.Immutable;
using LogLens.Core.Ingest.Cache;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Cache;

public sealed class RunCacheFormatTests
{
    private const string Key = "0123456789abcdef0123456789abcdef";

    [Fact]
    public void A_run_with_every_field_round_trips_including_non_finite_values_and_raw_segments()
    {
        Run run = FullRun();
        Diagnostic[] diagnostics = [new("LL002", "r/metrics.csv", 7, "bad row"), new("LL001", "r/x.bin", null, "unreadable")];

        (Run back, IReadOnlyList<Diagnostic> backDiagnostics) = RoundTrip(run, diagnostics)!.Value;

        Assert.Equal(Describe(run), Describe(back));
        Assert.Equal(diagnostics, backDiagnostics);
        Assert.Same(back.Series[0].Steps, back.Series[1].Steps);
    }

    [Fact]
    public void An_entry_written_under_another_key_is_not_returned()
    {
        byte[] bytes = Bytes(FullRun(), []);

        Assert.Null(new RunCacheReader(bytes).Read("ffffffffffffffffffffffffffffffff"));
    }

    [Fact]
    public void Every_truncation_of_an_entry_is_rejected_as_corrupt()
    {
        byte[] bytes = Bytes(FullRun(), [new("LL002", "m.csv", 1, "x")]);

        for (int length = 0; length < bytes.Length; length++)
        {
            Assert.Throws<InvalidDataException>(() => new RunCacheReader(bytes[..length]).Read(Key));
        }
    }

    internal static Run FullRun()
    {
        double[] steps = [1, 2, 3];
        return new Run(
            "sweep/lr=0.1",
            ["generic", "hf-trainer"],
            ImmutableSortedDictionary.CreateRange<string, string>(StringComparer.Ordinal, [new("lr", "0.1"), new("seed", "3"), new("ünïcode", "✓")]),
            [
                new MetricSeries("eval/acc", steps, [0.5, double.NaN, double.PositiveInfinity]),
                new MetricSeries("train/loss", steps, [2.0, double.NegativeInfinity, -0.0])
                {
                    Raw = new RawSeries([1, 2, 3, 2, 3], [2.0, 1.5, 1.2, 1.4, -0.0], [0, 0, 0, 1, 1]),
                },
                new MetricSeries("z", [5], [double.Epsilon]),
            ],
            [new Score("gsm8k", "acc", 0.75, 200, 0.03), new Score("mmlu", "acc", double.NaN)],
            [
                new Sample("p1", 0, "out", 1.0, true, "d", "s", "exp", "contains", false),
                new Sample("p1", 1, "", null, null, null, null, null, null, null),
            ])
        {
            Sources = [new RunSource("sweep/lr=0.1/metrics.csv", "generic", ["lr"], ["eval/acc", "train/loss"], 2, 1)],
            Directions = ImmutableSortedDictionary.CreateRange<string, bool>(StringComparer.Ordinal, [new KeyValuePair<string, bool>("acc", true), new("perplexity", false)]),
        };
    }

    /// <summary>Every field of a run as text (doubles as their bits), for exact comparison.</summary>
    internal static string Describe(Run run)
    {
        static string D(IEnumerable<double> values) => string.Join(",", values.Select(v => BitConverter.DoubleToInt64Bits(v).ToString("x", System.Globalization.CultureInfo.InvariantCulture)));
        var lines = new List<string> { run.Id, string.Join("|", run.Formats), string.Join("|", run.Params), string.Join("|", run.Directions) };
        foreach (MetricSeries s in run.Series)
        {
            lines.Add($"{s.Name}:{D(s.Steps)}:{D(s.Values)}:{(s.Raw is null ? "-" : D(s.Raw.Steps) + ":" + D(s.Raw.Values) + ":" + string.Join(",", s.Raw.Segments))}");
        }

        lines.AddRange(run.Scores.Select(s => s with { Value = BitConverter.DoubleToInt64Bits(s.Value) }).Select(s => s.ToString()));
        lines.AddRange(run.Samples.Select(s => s.ToString()));
        lines.AddRange(run.Sources.Select(s => $"{s.Path}|{s.Format}|{string.Join(",", s.Params)}|{string.Join(",", s.Metrics)}|{s.Scores}|{s.Samples}"));
        return string.Join("\n", lines);
    }

    private static byte[] Bytes(Run run, Diagnostic[] diagnostics)
    {
        using var stream = new MemoryStream();
        using (var writer = new RunCacheWriter(stream))
        {
            writer.Write(Key, run, diagnostics);
        }

        return stream.ToArray();
    }

    private static (Run, IReadOnlyList<Diagnostic>)? RoundTrip(Run run, Diagnostic[] diagnostics) =>
        new RunCacheReader(Bytes(run, diagnostics)).Read(Key);
}
