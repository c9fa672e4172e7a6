using System.Buffers;
using CsvHelper;
using LogLens.Core.Ingest.Csv;
using LogLens.Core.Ingest.Memory;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.Generic;

/// <summary>
/// metrics.csv, wide: step[,epoch][,wall_time],&lt;metric&gt;... Empty cells are sparse (skipped); a bad cell is
/// reported with its line and the rest of its row kept; without a step column the row index is the step.
/// Plain files (no quotes, '\n' or "\r\n" line ends: what loggers write) take <see cref="PlainCsvReader"/>'s
/// fast path; the rest CsvHelper's.
/// </summary>
internal sealed class MetricsCsvReader : IRunFileReader
{
    /// <summary>The instance.</summary>
    public static readonly MetricsCsvReader Default = new();

    /// <summary>Files up to this size are read into memory once; larger ones are streamed.</summary>
    internal const int InMemoryBytes = 64 * 1024 * 1024;

    private MetricsCsvReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "generic";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan))
        {
            // A run's metrics file is usually small: one read into a pooled buffer serves the scan and the parse.
            if (stream.Length <= InMemoryBytes)
            {
                ReadInMemory(stream, path, fragment);
                return;
            }
        }

        bool complete = FileTail.EndsWithNewline(path);
        if (PlainCsvScan.IsPlain(path))
        {
            PlainCsvReader.Read(path, fragment, complete);
        }
        else
        {
            ReadWithCsvHelper(path, fragment, complete);
        }
    }

    private static void ReadInMemory(FileStream stream, string path, RunFragment fragment)
    {
        byte[] content = ArrayPool<byte>.Shared.Rent((int)stream.Length);
        HugePages.Advise(content);
        try
        {
            // A file still being appended to is read up to the length it had when opened.
            int length = stream.ReadAtLeast(content.AsSpan(0, (int)stream.Length), (int)stream.Length, throwOnEndOfStream: false);
            bool complete = length == 0 || content[length - 1] == '\n';
            if (PlainCsvScan.IsPlain(content.AsSpan(0, length)))
            {
                using var lines = new Utf8LineReader(content, length, PlainCsvScan.MaxLineBytes);
                long lineCount = content.AsSpan(0, length).Count((byte)'\n') + (complete ? 0 : 1);
                PlainCsvReader.Read(lines, path, fragment, complete, lineCount);
            }
            else
            {
                ReadWithCsvHelper(path, fragment, complete);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(content);
        }
    }

    /// <summary>The general path (quoted cells, lone '\r' line ends...); also the reference the fast path is tested against.</summary>
    internal static void ReadWithCsvHelper(string path, RunFragment fragment, bool complete)
    {
        using CsvReader reader = CsvReader.FromFile(path, CsvOptions.Default);
        var columns = new CsvColumns(reader.Headers, fragment);
        var row = new CsvRowBuffer(path, fragment, columns);
        long rowIndex = 0;
        try
        {
            while (reader.Read())
            {
                row.Commit();
                long line = reader.LineNumber;
                double step = rowIndex;
                int stepColumn = columns.StepColumn;
                if (stepColumn >= 0 && (!TryCell(reader, stepColumn, out step, out string text) || double.IsNaN(step)))
                {
                    fragment.Report(IngestCodes.UnreadableFile, path, line,
                        $"step '{JsonValues.Truncate(reader.GetString(stepColumn))}' is not a number; row skipped");
                    continue;
                }

                rowIndex++;
                row.Start(step, line);
                int n = Math.Min(reader.FieldCount, columns.Count);
                for (int i = 0; i < n; i++)
                {
                    if (columns.Series[i] is null || reader.IsEmpty(i))
                    {
                        continue;
                    }

                    if (TryCell(reader, i, out double value, out string bad))
                    {
                        row.Add(i, value);
                    }
                    else
                    {
                        fragment.Report(IngestCodes.UnreadableFile, path, line,
                            $"'{JsonValues.Truncate(bad)}' in column '{columns.Headers[i]}' is not a number; cell skipped");
                    }
                }

                if (reader.FieldCount > columns.Count)
                {
                    fragment.Report(IngestCodes.UnreadableFile, path, line,
                        $"row has {reader.FieldCount} cells but the header {columns.Count}; extra cells ignored");
                }

                // Without a final newline a short last row is probably cut off mid-write: hold it until another row follows.
                row.Defer = !complete && reader.FieldCount < columns.Count;
            }

            row.FinishOrDrop();
        }
        catch (CsvFormatException e)
        {
            row.Commit();
            fragment.Report(IngestCodes.UnreadableFile, path, e.LineNumber > 0 ? e.LineNumber : null, "malformed CSV (" + e.Message + "); rows before it kept");
        }
    }

    private static bool TryCell(CsvReader reader, int index, out double value, out string text)
    {
        text = "";
        if (reader[index].TryParse(out value))
        {
            return true;
        }

        text = reader.GetString(index);
        return FloatText.TryParse(text, out value);
    }
}
