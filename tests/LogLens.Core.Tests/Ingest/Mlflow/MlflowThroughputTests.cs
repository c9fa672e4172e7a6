using System.Diagnostics;
using System.Globalization;
using System.Text;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Formats.Mlflow;
using Xunit.Abstractions;

namespace LogLens.Core.Tests.Ingest.Mlflow;

/// <summary>Single-threaded read speed of a large MLflow metric file; runs only with LOGLENS_THROUGHPUT=1 (docs/formats.md).</summary>
public sealed class MlflowThroughputTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void A_large_metric_file_is_read_at_a_useful_speed()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("LOGLENS_THROUGHPUT") == "1", "set LOGLENS_THROUGHPUT=1 to measure reader throughput");
        using var dir = new TempFolder();
        MlrunsWriter.Experiment(dir, "mlruns/1", "exp");
        MlrunsWriter.Run(dir, "mlruns/1/r1");
        var text = new StringBuilder();
        var random = new Random(1);
        const int Lines = 2_000_000;
        for (int i = 0; i < Lines; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{1_700_000_000_000L + (i * 37L)} {random.NextDouble() * 3} {i}\n");
        }

        string file = dir.Write("mlruns/1/r1/metrics/train/loss", text.ToString());
        double megabytes = new FileInfo(file).Length / 1e6;
        double best = double.MaxValue;
        double bestCpu = double.MaxValue;
        for (int round = 0; round < 3; round++)
        {
            var fragment = new RunFragment("r1", dir.Path);
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            MlflowRunReader.Default.Read(Path.Combine(dir.Path, "mlruns/1/r1"), fragment);
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
            bestCpu = Math.Min(bestCpu, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
            Assert.Equal(Lines, fragment.Build().FindSeries("train/loss")!.Steps.Length);
        }

        double rate = megabytes / best;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MLflow metric file: {megabytes:F1} MB, {Lines} lines in {best:F3} s = {rate:F0} MB/s wall; {megabytes / bestCpu:F0} MB/s of process CPU time (load average {LoadAverage()})"));
        Assert.True(rate > 10, "slower than 10 MB/s");
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
