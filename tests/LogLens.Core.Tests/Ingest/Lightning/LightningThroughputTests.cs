using System.Diagnostics;
using System.Globalization;
using System.Text;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Formats.Lightning;
using Xunit.Abstractions;

namespace LogLens.Core.Tests.Ingest.Lightning;

/// <summary>Single-threaded read speed of a large Lightning metrics.csv; runs only with LOGLENS_THROUGHPUT=1 (docs/formats.md).</summary>
public sealed class LightningThroughputTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void A_large_sparse_metrics_csv_is_read_at_a_useful_speed()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("LOGLENS_THROUGHPUT") == "1", "set LOGLENS_THROUGHPUT=1 to measure reader throughput");
        using var dir = new TempFolder();
        var text = new StringBuilder("epoch,lr-AdamW,step,train_acc_step,train_loss_epoch,train_loss_step,val_acc,val_loss\r\n");
        var random = new Random(1);
        const int Rows = 1_000_000;
        for (int i = 0; i < Rows; i++)
        {
            int epoch = i / 1000;
            if (i % 50 == 49)
            {
                text.Append(CultureInfo.InvariantCulture, $"{epoch},,{i},,{random.NextDouble()},,{random.NextDouble()},{random.NextDouble()}\r\n");
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"{epoch},{1e-4 * random.NextDouble()},{i},{random.NextDouble()},,{random.NextDouble() * 2},,\r\n");
            }
        }

        string file = dir.Write("lightning_logs/version_0/metrics.csv", text.ToString());
        double megabytes = new FileInfo(file).Length / 1e6;
        double best = double.MaxValue;
        double bestCpu = double.MaxValue;
        for (int round = 0; round < 3; round++)
        {
            var fragment = new RunFragment("version_0", dir.Path);
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            LightningMetricsReader.Default.Read(file, fragment);
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
            bestCpu = Math.Min(bestCpu, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
            Assert.Equal(Rows, fragment.Build().FindSeries("epoch")!.Steps.Length);
        }

        double rate = megabytes / best;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Lightning metrics.csv: {megabytes:F1} MB, {Rows} rows in {best:F3} s = {rate:F0} MB/s wall; {megabytes / bestCpu:F0} MB/s of process CPU time (load average {LoadAverage()})"));
        Assert.True(rate > 10, "slower than 10 MB/s");
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
