using BenchmarkDotNet.Running;

namespace LogLens.Benchmarks;

/// <summary>Entry point: BenchmarkDotNet's switcher, or <c>readers</c> / <c>mlflow-sqlite</c> for quick throughput figures without it.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "readers")
        {
            return ReaderThroughput.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "hf-readers")
        {
            return HfLlamaFactoryThroughput.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "mlflow-sqlite")
        {
            return MlflowSqliteThroughput.Run(args[1..]);
        }

        if (args.Length > 1 && args[0] == "detectors")
        {
            return DetectorTimings.Run(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
