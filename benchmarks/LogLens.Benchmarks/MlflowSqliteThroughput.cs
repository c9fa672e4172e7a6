using System.Diagnostics;
using System.Globalization;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Formats.Mlflow;

namespace LogLens.Benchmarks;

/// <summary>
/// `mlflow-sqlite [runs] [repeats]`: single-threaded metric rows/s of reading a generated MLflow SQLite store of
/// <c>runs</c> × 100 rows (default 100,000 runs: 10M rows) the way ingest does: discovery (open, schema, runs) and
/// every run read into a fragment and built. Best and median of the repeats, by wall and by process CPU time.
/// </summary>
public static class MlflowSqliteThroughput
{
    public const int RowsPerRun = 100;

    public static int Run(string[] args)
    {
        int runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        int repeats = Math.Max(1, args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3);
        var generate = Stopwatch.StartNew();
        string store = Store(runs);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"store {store}: {runs:N0} runs × {RowsPerRun} rows, {new FileInfo(store).Length / 1e6:F0} MB (ready in {generate.Elapsed.TotalSeconds:F0} s)"));
        long rows = (long)runs * RowsPerRun;
        var seconds = new List<double>();
        var cpu = new List<double>();
        using var process = Process.GetCurrentProcess();
        long points = 0;
        for (int i = 0; i <= repeats; i++)
        {
            process.Refresh();
            TimeSpan cpuStart = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            points = ReadStore(store);
            if (i > 0) // the first read also pays for the JIT and the page cache
            {
                seconds.Add(watch.Elapsed.TotalSeconds);
                process.Refresh();
                cpu.Add((process.TotalProcessorTime - cpuStart).TotalSeconds);
            }
        }

        seconds.Sort();
        cpu.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mlflow-sqlite {rows:N0} rows -> {points:N0} points: wall best {rows / seconds[0] / 1e6:F2} M rows/s ({seconds[0]:F2} s), median {rows / seconds[seconds.Count / 2] / 1e6:F2} M rows/s; "
            + $"per CPU second best {rows / cpu[0] / 1e6:F2} M rows/s, median {rows / cpu[cpu.Count / 2] / 1e6:F2} M rows/s (load {Load()})"));
        return 0;
    }

    /// <summary>The generated store of <paramref name="runs"/> runs (written once under the temp folder).</summary>
    public static string Store(int runs) =>
        GeneratedMlflowStore.Write(Path.Combine(Path.GetTempPath(), "loglens-bench-mlflow-sqlite-" + runs.ToString(CultureInfo.InvariantCulture)), runs, RowsPerRun);

    /// <summary>Discovers the store's runs and reads each into a fragment, single-threaded; returns the points built.</summary>
    public static long ReadStore(string store)
    {
        string folder = Path.GetDirectoryName(store)!;
        long points = 0;
        foreach (RunLocation run in MlflowSqliteLayout.Default.Find(new FolderListing(folder, [store], [])))
        {
            foreach (RunInput input in run.Inputs)
            {
                var fragment = new RunFragment(run.Suffix, folder);
                fragment.BeginInput(input.Path, input.Reader.Format);
                input.Reader.Read(input.Path, fragment);
                points += fragment.Build().Series.Sum(s => (long)s.Count);
            }
        }

        return points;
    }

    private static string Load() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
