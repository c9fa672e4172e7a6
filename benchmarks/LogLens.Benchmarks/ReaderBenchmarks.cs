using BenchmarkDotNet.Attributes;
using LogLens.Core.Ingest.Formats.Generic;

namespace LogLens.Benchmarks;

/// <summary>
/// Reading one large generated metrics file into series (parse + build), single-threaded. MB/s = file size
/// (printed by <see cref="Setup"/>, about 56 MB CSV / 108 MB JSONL at 1M rows) ÷ mean time.
/// </summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private string csv = "";
    private string jsonl = "";

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (csv, jsonl) = GeneratedFiles.Write(Path.Combine(Path.GetTempPath(), "loglens-bench-" + Rows), Rows);
        Console.WriteLine($"// metrics.csv {new FileInfo(csv).Length / 1e6:F1} MB, metrics.jsonl {new FileInfo(jsonl).Length / 1e6:F1} MB");
    }

    [Benchmark]
    public long Csv() => ReaderThroughput.ReadOnce(csv, MetricsCsvReader.Default);

    [Benchmark]
    public long Jsonl() => ReaderThroughput.ReadOnce(jsonl, MetricsJsonlReader.Default);
}
