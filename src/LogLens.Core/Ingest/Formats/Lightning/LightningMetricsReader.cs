using System.Globalization;
using LogLens.Core.Ingest.Memory;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.Lightning;

/// <summary>
/// PyTorch Lightning CSVLogger <c>metrics.csv</c>: one row per log call, columns looked up by name (any order),
/// empty cells sparse, <c>nan</c>/<c>inf</c> as Python writes them, a new header line mid-file switches the
/// columns. A bad cell is LL001 (the rest of the row kept), an unterminated last row LL002 (dropped), steps that
/// go back LL005 once per file (the later rows win).
/// </summary>
internal sealed class LightningMetricsReader : IRunFileReader
{
    /// <summary>The instance.</summary>
    public static readonly LightningMetricsReader Default = new();

    private LightningMetricsReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "lightning";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        using var lines = new Utf8LineReader(path);
        var fields = new CsvFields();
        var resumes = new LightningResumes();
        LightningHeader? header = null;
        long rowIndex = 0;
        while (lines.TryReadLine(out ReadOnlySpan<byte> line))
        {
            if (lines.TooLong)
            {
                fragment.Report(IngestCodes.UnreadableFile, path, lines.LineNumber,
                    $"line longer than {Utf8LineReader.DefaultMaxLineBytes / (1024 * 1024)} MiB; skipped");
                continue;
            }

            if (line.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            if (!lines.Terminated)
            {
                fragment.Report(IngestCodes.PartialFile, path, lines.LineNumber, string.Create(CultureInfo.InvariantCulture,
                    $"last {(header is null ? "line (the header)" : "row")} has no newline (still being written?); dropped, read up to line "
                    + $"{lines.LineNumber - 1}"));
                break;
            }

            fields.Split(line);
            if (header is null || header.IsNewHeader(line, fields))
            {
                header = LightningHeader.Create(line, fields, fragment);
                continue;
            }

            double step = rowIndex;
            if (header.Step >= 0 && (header.Step >= fields.Count || !FloatText.TryParse(fields.Raw(line, header.Step), out step) || double.IsNaN(step)))
            {
                string text = header.Step < fields.Count ? fields.Text(line, header.Step) : "";
                fragment.Report(IngestCodes.UnreadableFile, path, lines.LineNumber, $"step '{JsonValues.Truncate(text)}' is not a number; row skipped");
                continue;
            }

            rowIndex++;
            ReadRow(path, fragment, header, line, fields, step, lines.LineNumber, resumes);
        }

        resumes.Report(path, fragment);
    }

    private static void ReadRow(string path, RunFragment fragment, LightningHeader header, ReadOnlySpan<byte> line, CsvFields fields, double step, long number,
        LightningResumes resumes)
    {
        int n = Math.Min(fields.Count, header.Series.Length);
        for (int i = 0; i < n; i++)
        {
            SeriesBuilder? series = header.Series[i];
            ReadOnlySpan<byte> cell = fields.Raw(line, i);
            if (series is null || cell.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            if (!FloatText.TryParse(cell, out double value))
            {
                fragment.Report(IngestCodes.UnreadableFile, path, number,
                    $"'{JsonValues.Truncate(fields.Text(line, i))}' in column '{header.Names[i]}' is not a number; cell skipped");
            }
            else if (series.Add(step, value) && !header.IsIndex[i])
            {
                resumes.Add(number, step);
            }
        }

        if (fields.Count > header.Series.Length)
        {
            fragment.Report(IngestCodes.UnreadableFile, path, number, string.Create(CultureInfo.InvariantCulture,
                $"row has {fields.Count} cells but the header {header.Series.Length}; extra cells ignored"));
        }
    }
}
