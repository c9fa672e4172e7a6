using System.Globalization;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.Yolo;

/// <summary>
/// A YOLO <c>results.csv</c>: a header of space-padded names (<c>epoch, train/box_loss, metrics/mAP_0.5, …</c>) and
/// one row per epoch; the epoch is the step. A row without a numeric epoch is reported with its line and skipped (LL001);
/// a last line without its newline is a run still writing (LL002) and is ignored.
/// </summary>
internal sealed class YoloResultsReader : IRunFileReader
{
    /// <summary>The instance.</summary>
    public static readonly YoloResultsReader Default = new();

    private YoloResultsReader()
    {
    }

    /// <inheritdoc/>
    public string Format => YoloParamsReader.Default.Format;

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        string text = File.ReadAllText(path);
        string[] lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].Trim().Length == 0)
        {
            fragment.Report(IngestCodes.PartialFile, path, 1, "empty results.csv (still being written?); nothing read");
            return;
        }

        string[] header = [.. lines[0].Split(',').Select(h => h.Trim())];
        int epoch = Array.FindIndex(header, h => h.Equals("epoch", StringComparison.OrdinalIgnoreCase));
        if (epoch < 0)
        {
            fragment.Report(IngestCodes.UnreadableFile, path, 1, "results.csv has no epoch column; skipped");
            return;
        }

        var series = header.Select((h, i) => i == epoch || h.Length == 0 ? null : fragment.Series(h)).ToArray();
        bool complete = text.EndsWith('\n');
        for (int n = 1; n < lines.Length; n++)
        {
            string line = lines[n].TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (n == lines.Length - 1 && !complete)
            {
                fragment.Report(IngestCodes.PartialFile, path, n + 1, "last line has no newline (run still writing?); ignored");
                continue;
            }

            string[] cells = line.Split(',');
            if (cells.Length <= epoch || !FloatText.TryParse(cells[epoch].Trim(), out double step))
            {
                fragment.Report(IngestCodes.UnreadableFile, path, n + 1, string.Create(CultureInfo.InvariantCulture, $"row without a numeric epoch; skipped"));
                continue;
            }

            for (int i = 0; i < series.Length && i < cells.Length; i++)
            {
                if (series[i] is { } builder && FloatText.TryParse(cells[i].Trim(), out double value))
                {
                    builder.Add(step, value);
                }
            }
        }
    }
}
