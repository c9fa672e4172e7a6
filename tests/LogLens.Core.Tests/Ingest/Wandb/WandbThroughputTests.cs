using System.Diagnostics;
using System.Globalization;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Formats.Wandb;
using Xunit.Abstractions;
using Google.Protobuf;
using static LogLens.Core.Tests.Ingest.Wandb.WandbFileWriter;

namespace LogLens.Core.Tests.Ingest.Wandb;

/// <summary>Throughput of the .wandb reader on a large generated file; runs only with LOGLENS_BENCHMARKS=1.</summary>
public sealed class WandbThroughputTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void The_record_reader_reads_a_large_run_log_single_threaded()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("LOGLENS_BENCHMARKS") == "1", "set LOGLENS_BENCHMARKS=1 to measure throughput");
        const int rows = 400_000;
        var random = new Random(1);
        byte[] bytes = Frame(Enumerable.Range(0, rows).Select(i => History(i,
            ("train/loss", random.NextDouble().ToString("R", CultureInfo.InvariantCulture)),
            ("train/grad_norm", random.NextDouble().ToString("R", CultureInfo.InvariantCulture)),
            ("train/learning_rate", "3.5198342214328006e-05"),
            ("train/epoch", (i / 1000.0).ToString("R", CultureInfo.InvariantCulture)),
            ("_runtime", "2806.409754739"),
            ("_timestamp", "1.7321757626299026e+09")).ToByteArray()));
        using var dir = new TempFolder();
        string path = dir.WriteBytes("run/run-x.wandb", bytes);
        double best = double.MaxValue;
        for (int attempt = 0; attempt < 3; attempt++)
        {
            var fragment = new RunFragment("run", dir.Path);
            var watch = Stopwatch.StartNew();
            WandbRecordReader.Default.Read(path, fragment);
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            Assert.Equal(rows, fragment.Build().FindSeries("train/loss")!.Count);
        }

        double mb = bytes.Length / 1e6;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $".wandb: {mb:F1} MB, {rows} rows in {best:F2} s = {mb / best:F0} MB/s"));
    }
}
