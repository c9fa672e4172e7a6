using BenchmarkDotNet.Attributes;
using LogLens.Core.Ingest.Formats.TensorBoard;

namespace LogLens.Benchmarks;

/// <summary>
/// Reading one large generated TensorBoard event file into series (framing + CRC + protobuf + build),
/// single-threaded. MB/s = file size (printed by <see cref="Setup"/>, about 124 MB at 1M steps) ÷ mean time.
/// </summary>
[MemoryDiagnoser]
public class TensorBoardBenchmarks
{
    private string path = "";

    [Params(1_000_000)]
    public int Steps { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        path = GeneratedEventFile.Write(Path.Combine(Path.GetTempPath(), "loglens-bench-tfevents-" + Steps), Steps);
        Console.WriteLine($"// {Path.GetFileName(path)} {new FileInfo(path).Length / 1e6:F1} MB");
    }

    [Benchmark]
    public long TfEvents() => ReaderThroughput.ReadOnce(path, TensorBoardReader.Default);
}
