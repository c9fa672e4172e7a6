using System.Buffers.Text;
using System.Globalization;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.Mlflow;

/// <summary>
/// One metric file, <c>metrics/&lt;key&gt;</c>: lines <c>&lt;timestamp_ms&gt; &lt;value&gt; &lt;step&gt;</c> (legacy lines have no
/// step: step 0), values in Python's <c>str(float)</c>. A bad line is LL001 and skipped; an unterminated last line
/// is LL002 (appended while the run is live) and dropped; a step logged again with another value is LL005.
/// </summary>
internal static class MlflowMetricFile
{
    private const int MaxLineBytes = 4096;

    public static void Read(string path, string key, RunFragment fragment)
    {
        var points = new MlflowMetricPoints();
        using (var lines = new Utf8LineReader(path, MaxLineBytes))
        {
            while (lines.TryReadLine(out ReadOnlySpan<byte> line))
            {
                if (lines.TooLong)
                {
                    fragment.Report(IngestCodes.UnreadableFile, path, lines.LineNumber, $"line longer than {MaxLineBytes} bytes; skipped");
                    continue;
                }

                if (line.Trim(" \t"u8).IsEmpty)
                {
                    continue;
                }

                if (!lines.Terminated)
                {
                    fragment.Report(IngestCodes.PartialFile, path, lines.LineNumber, string.Create(
                        CultureInfo.InvariantCulture, $"last line has no newline (still being written?); dropped, read up to line {lines.LineNumber - 1}"));
                    break;
                }

                if (TryParse(line, out long time, out double value, out long step))
                {
                    points.Add(time, value, step);
                }
                else
                {
                    fragment.Report(IngestCodes.UnreadableFile, path, lines.LineNumber,
                        $"'{JsonValues.Truncate(System.Text.Encoding.UTF8.GetString(line))}' is not '<timestamp> <value> [<step>]'; line skipped");
                }
            }
        }

        if (points.Count == 0)
        {
            if (new FileInfo(path).Length == 0)
            {
                fragment.Report(IngestCodes.PartialFile, path, null, "metric file is empty (still being written?); nothing read");
            }

            return;
        }

        (int repeated, long first) = points.CopyTo(fragment.Series(key));
        if (repeated > 0)
        {
            fragment.Report(IngestCodes.ResumedSteps, path, null, string.Create(CultureInfo.InvariantCulture,
                $"{repeated} step(s) logged more than once with different values, first step {first} (resume/restart?); MLflow's latest (by "
                + $"timestamp, then value) kept"));
        }
    }

    /// <summary>Parses "ts value" or "ts value step", fields separated by single spaces (tabs and extra spaces tolerated).</summary>
    internal static bool TryParse(ReadOnlySpan<byte> line, out long time, out double value, out long step)
    {
        time = 0;
        value = 0;
        step = 0;
        line = line.Trim(" \t"u8);
        int cut = line.IndexOfAny((byte)' ', (byte)'\t');
        if (cut <= 0 || !Utf8Parser.TryParse(line[..cut], out time, out int used) || used != cut)
        {
            return false;
        }

        line = line[(cut + 1)..].TrimStart(" \t"u8);
        cut = line.IndexOfAny((byte)' ', (byte)'\t');
        ReadOnlySpan<byte> number = cut < 0 ? line : line[..cut];
        if (number.IsEmpty || !FloatText.TryParse(number, out value))
        {
            return false;
        }

        if (cut < 0)
        {
            return true;
        }

        ReadOnlySpan<byte> rest = line[(cut + 1)..].TrimStart(" \t"u8);
        return !rest.IsEmpty && Utf8Parser.TryParse(rest, out step, out used) && used == rest.Length;
    }
}
