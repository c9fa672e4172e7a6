using System.Text;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Memory;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Csv;

/// <summary>
/// The fast path of <see cref="Formats.Generic.MetricsCsvReader"/> for files <see cref="PlainCsvScan"/> accepted: lines as UTF-8
/// spans, each split and converted in one pass by <see cref="CsvCells"/> (numbers by <see cref="FastFloat"/>,
/// falling back to <see cref="FloatText"/>), no string per cell. Same results and diagnostics as the CsvHelper path: blank lines are skipped but counted, a
/// missing cell is an empty one, and cell text in messages is decoded as CsvHelper decodes it.
/// </summary>
internal static class PlainCsvReader
{
    public static void Read(string path, RunFragment fragment, bool complete)
    {
        using var lines = new Utf8LineReader(path, PlainCsvScan.MaxLineBytes);
        Read(lines, path, fragment, complete, lineCount: -1);
    }

    /// <summary>
    /// Reads from <paramref name="lines"/> (a file in memory or on disk); <paramref name="path"/> is for diagnostics;
    /// <paramref name="lineCount"/> is the file's line count when known (it sizes the dense columns exactly), else -1.
    /// </summary>
    public static void Read(Utf8LineReader lines, string path, RunFragment fragment, bool complete, long lineCount)
    {
        ReadOnlySpan<byte> line = default;
        while (lines.TryReadLine(out line) && line.IsEmpty)
        {
        }

        if (line.IsEmpty)
        {
            return;
        }

        var columns = new CsvColumns(Headers(line), fragment);
        var row = new CsvRowBuffer(path, fragment, columns);
        SeriesBuilder?[] series = columns.Series;
        int stepColumn = columns.StepColumn;
        var cells = new CsvCells(columns.Count);
        long rowIndex = 0;
        long rows = 0;
        long dataStart = lines.Position;
        DenseRows? dense = DenseRows.Create(series, stepColumn,
            lineCount > 0 ? (int)Math.Min(lineCount - lines.LineNumber, Array.MaxLength) : CapacityHint.SampleRows);
        while (lines.TryReadLine(out line))
        {
            if (line.IsEmpty)
            {
                continue;
            }

            row.Commit();
            if (++rows == CapacityHint.SampleRows)
            {
                CapacityHint.Apply(series, rows, lines.Position - dataStart, lines.Length - dataStart);
                if (lineCount < 0)
                {
                    dense?.Reserve(CapacityHint.ExpectedRows(rows, lines.Position - dataStart, lines.Length - dataStart));
                }
            }

            if (dense is { Active: true } && dense.TryAddLine(line, rowIndex))
            {
                rowIndex++;
                continue;
            }

            int fieldCount = cells.Scan(line, series, stepColumn);
            double step = rowIndex;
            if (stepColumn >= 0)
            {
                if (!cells.TryValue(line, stepColumn, out step, out _) || double.IsNaN(step))
                {
                    fragment.Report(IngestCodes.UnreadableFile, path, lines.LineNumber,
                        $"step '{JsonValues.Truncate(Decode(cells.Text(line, stepColumn)))}' is not a number; row skipped");
                    continue;
                }
            }

            rowIndex++;
            row.Start(step, lines.LineNumber);
            int n = Math.Min(fieldCount, columns.Count);
            for (int i = 0; i < n; i++)
            {
                if (series[i] is null || cells.IsEmpty(i))
                {
                    continue;
                }

                if (cells.TryValue(line, i, out double value, out string bad))
                {
                    row.Add(i, value);
                }
                else
                {
                    fragment.Report(IngestCodes.UnreadableFile, path, lines.LineNumber,
                        $"'{JsonValues.Truncate(bad)}' in column '{columns.Headers[i]}' is not a number; cell skipped");
                }
            }

            if (fieldCount > columns.Count)
            {
                fragment.Report(IngestCodes.UnreadableFile, path, lines.LineNumber,
                    $"row has {fieldCount} cells but the header {columns.Count}; extra cells ignored");
            }

            row.Defer = !complete && fieldCount < columns.Count;
        }

        row.FinishOrDrop();
        dense?.HandOver();
    }

    /// <summary>
    /// A cell by <see cref="FastFloat"/>, else by <see cref="FloatText"/> (Python's spellings); <paramref name="text"/> is the cell when neither reads it.
    /// </summary>
    internal static bool TryCell(ReadOnlySpan<byte> cell, out double value, out string text)
    {
        text = "";
        if (FastFloat.TryParse(cell, out value))
        {
            return true;
        }

        text = Decode(cell);
        return FloatText.TryParse(text, out value);
    }

    internal static string Decode(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);

    private static string[] Headers(ReadOnlySpan<byte> line)
    {
        var headers = new List<string>();
        foreach (Range cell in line.Split((byte)','))
        {
            headers.Add(Decode(line[cell]));
        }

        return [.. headers];
    }
}
