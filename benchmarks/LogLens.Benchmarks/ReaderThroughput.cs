using System.Diagnostics;
using System.Globalization;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Formats.Generic;
using LogLens.Core.Ingest.Formats.TensorBoard;

namespace LogLens.Benchmarks;

/// <summary>
/// `readers [rows] [repeats]`: single-threaded MB/s of the metrics readers on one large generated file,
/// reading and building the series (best and median of the repeats, after one timed first read that also pays for
/// the JIT and for memory new to the process), by wall time and by process CPU time (the honest figure on a busy
/// machine: one thread reads, the GC's work is included).
/// </summary>
internal static class ReaderThroughput
{
    public static int Run(string[] args)
    {
        int rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        int repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        string folder = Path.Combine(Path.GetTempPath(), "loglens-bench-" + rows.ToString(CultureInfo.InvariantCulture));
        (string csv, string jsonl) = GeneratedFiles.Write(folder, rows);
        Measure("CSV  ", csv, MetricsCsvReader.Default, repeats);
        Measure("JSONL", jsonl, MetricsJsonlReader.Default, repeats);
        Measure("TFEVENTS", GeneratedEventFile.Write(folder + "-tfevents", rows), TensorBoardReader.Default, repeats);
        return 0;
    }

    /// <summary>Reads one file into a fresh fragment and builds the run; returns the number of points.</summary>
    public static long ReadOnce(string path, IRunFileReader reader)
    {
        var fragment = new RunFragment("bench", Path.GetDirectoryName(path)!);
        reader.Read(path, fragment);
        return fragment.Build().Series.Sum(s => (long)s.Values.Length) + fragment.Diagnostics.Count;
    }

    private static void Measure(string label, string path, IRunFileReader reader, int repeats)
    {
        double megabytes = new FileInfo(path).Length / 1e6;
        var first = Stopwatch.StartNew();
        long points = ReadOnce(path, reader);
        double firstSeconds = first.Elapsed.TotalSeconds;
        var seconds = new List<double>();
        var cpu = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (int i = 0; i < repeats; i++)
        {
            process.Refresh();
            TimeSpan cpuStart = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            ReadOnce(path, reader);
            seconds.Add(watch.Elapsed.TotalSeconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuStart).TotalSeconds);
        }

        seconds.Sort();
        cpu.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label} {megabytes:F1} MB, {points:N0} points: first read {megabytes / firstSeconds:F0} MB/s; wall best {megabytes / seconds[0]:F0} MB/s, median {megabytes / seconds[seconds.Count / 2]:F0} MB/s; per CPU second (process, GC included) best {megabytes / cpu[0]:F0} MB/s, median {megabytes / cpu[cpu.Count / 2]:F0} MB/s (load {Load()})"));
    }

    private static string Load() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
