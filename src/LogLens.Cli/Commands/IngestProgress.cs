using System.Diagnostics;
using System.Globalization;

namespace LogLens.Cli.Commands;

/// <summary>
/// "Reading runs… N read" on one rewritten stderr line, for terminals only: nothing before
/// <see cref="CliEnvironment.ProgressDelay"/> (short ingests stay silent), at most ten updates a second,
/// and the line is cleared when the ingest ends. Thread-safe: the ingestor reports from parallel readers.
/// </summary>
internal sealed class IngestProgress(TextWriter error, TimeSpan delay) : IProgress<int>, IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly Lock gate = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan? last;
    private int width;

    public void Report(int value)
    {
        lock (gate)
        {
            TimeSpan now = clock.Elapsed;
            if (now < delay || (last is { } previous && now - previous < Interval))
            {
                return;
            }

            last = now;
            string text = string.Create(CultureInfo.InvariantCulture, $"Reading runs… {value} read ({now.TotalSeconds:0.0} s)");
            error.Write("\r" + text.PadRight(width));
            width = Math.Max(width, text.Length);
            error.Flush();
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (width > 0)
            {
                error.Write("\r" + new string(' ', width) + "\r");
                error.Flush();
                width = 0;
            }
        }
    }
}
