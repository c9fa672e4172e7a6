using System.Diagnostics;
using System.Globalization;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Formats.TensorBoard;
using Xunit.Abstractions;

namespace LogLens.Core.Tests.Ingest.TensorBoard;

/// <summary>
/// Single-threaded read speed on a large generated event file (PyTorch-style: 4 simple_value scalars per event);
/// runs only with LOGLENS_BENCHMARKS=1, best of 3 in wall time and in process CPU time (a shared machine inflates wall time).
/// </summary>
public sealed class TensorBoardThroughputTests(ITestOutputHelper output)
{
    private const int Steps = 400_000;

    [SkippableFact]
    public void A_large_event_file_is_read_at_a_measured_speed()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("LOGLENS_BENCHMARKS") == "1", "set LOGLENS_BENCHMARKS=1 to measure reader throughput");
        using var dir = new TempFolder();
        string path = Generate(dir);
        double megabytes = new FileInfo(path).Length / 1e6;
        TensorBoardReader.Default.Read(path, new RunFragment("warm-up", dir.Path));

        double wall = double.MaxValue, cpu = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (int round = 0; round < 3; round++)
        {
            process.Refresh();
            TimeSpan cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var fragment = new RunFragment("run", dir.Path);
            TensorBoardReader.Default.Read(path, fragment);
            clock.Stop();
            process.Refresh();
            wall = Math.Min(wall, clock.Elapsed.TotalSeconds);
            cpu = Math.Min(cpu, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
            Assert.Equal(Steps, fragment.Build().FindSeries("train/loss")!.Count);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{megabytes:F1} MB, {Steps * 4} points: {megabytes / wall:F0} MB/s wall ({wall:F2} s), {megabytes / cpu:F0} MB/s of CPU time ({cpu:F2} s)"));
    }

    private static string Generate(TempFolder dir)
    {
        string path = Path.Combine(dir.Path, "events.out.tfevents.1700000000.host.1.0");
        using var file = File.Create(path);
        for (int chunk = 0; chunk < Steps; chunk += 10_000)
        {
            file.Write(EventFile.Bytes(Enumerable.Range(chunk, 10_000).Select(s => Events.Scalars(
                s, ("train/loss", 1f / (s + 1)), ("train/learning_rate", 1e-4f), ("train/grad_norm", 0.5f), ("eval/accuracy", s * 1e-6f)))));
        }

        return path;
    }
}
