using BenchmarkDotNet.Attributes;

namespace LogLens.Benchmarks;

/// <summary>
/// Reading a generated MLflow SQLite store, single-threaded (see <see cref="MlflowSqliteThroughput"/>): rows/s = Runs × 100
/// ÷ mean time. The default 10,000 runs is 1M rows; `mlflow-sqlite 100000` measures the 10M-row store without BenchmarkDotNet.
/// </summary>
[MemoryDiagnoser]
public class MlflowSqliteBenchmarks
{
    private string store = "";

    [Params(10_000)]
    public int Runs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        store = MlflowSqliteThroughput.Store(Runs);
        Console.WriteLine($"// {store}: {Runs * (long)MlflowSqliteThroughput.RowsPerRun:N0} metric rows, {new FileInfo(store).Length / 1e6:F0} MB");
    }

    [Benchmark]
    public long ReadStore() => MlflowSqliteThroughput.ReadStore(store);
}
