using System.Globalization;
using CsvHelper;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Readers;

/// <summary>
/// metrics.csv, wide: step[,epoch][,wall_time],&lt;metric&gt;... Empty cells are sparse (skipped); a bad cell is
/// reported with its line and the rest of its row kept; without a step column the row index is the step.
/// </summary>
public sealed class MetricsCsvReader : IRunFileReader
{
    /// <summary>The instance.</summary>
    public static readonly MetricsCsvReader Default = new();

    internal static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        FormatProvider = CultureInfo.InvariantCulture,
        TrackLineNumbers = true,
        AllowLineBreaksInQuotes = false,
        MaxRecordSize = 16 * 1024 * 1024,
    };

    private MetricsCsvReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "generic";

    /// <inheritdoc/>
    public bool CanRead(string fileName) => fileName == "metrics.csv";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        bool complete = FileTail.EndsWithNewline(path);
        using CsvReader reader = CsvReader.FromFile(path, Options);
        IReadOnlyList<string> headers = reader.Headers;
        int stepColumn = -1;
        var columns = new SeriesBuilder?[headers.Count];
        var isIndex = new bool[headers.Count];
        for (int i = 0; i < headers.Count; i++)
        {
            string name = headers[i].Trim();
            if (name.Equals(MetricColumns.Step, StringComparison.OrdinalIgnoreCase) && stepColumn < 0)
            {
                stepColumn = i;
            }
            else if (name.Length > 0)
            {
                columns[i] = fragment.Series(name);
                isIndex[i] = MetricColumns.IsIndex(name);
            }
        }

        var row = new CsvRowBuffer(path, fragment, columns, isIndex);
        long rowIndex = 0;
        try
        {
            while (reader.Read())
            {
                row.Commit();
                long line = reader.LineNumber;
                double step = rowIndex;
                if (stepColumn >= 0 && (!TryCell(reader, stepColumn, out step, out string text) || double.IsNaN(step)))
                {
                    fragment.Report(IngestCodes.UnreadableFile, path, line, $"step '{JsonValues.Truncate(reader.GetString(stepColumn))}' is not a number; row skipped");
                    continue;
                }

                rowIndex++;
                row.Start(step, line);
                int n = Math.Min(reader.FieldCount, columns.Length);
                for (int i = 0; i < n; i++)
                {
                    if (columns[i] is null || reader.IsEmpty(i))
                    {
                        continue;
                    }

                    if (TryCell(reader, i, out double value, out string bad))
                    {
                        row.Add(i, value);
                    }
                    else
                    {
                        fragment.Report(IngestCodes.UnreadableFile, path, line, $"'{JsonValues.Truncate(bad)}' in column '{headers[i]}' is not a number; cell skipped");
                    }
                }

                if (reader.FieldCount > columns.Length)
                {
                    fragment.Report(IngestCodes.UnreadableFile, path, line, $"row has {reader.FieldCount} cells but the header {columns.Length}; extra cells ignored");
                }

                // Without a final newline a short last row is probably cut off mid-write: hold it until another row follows.
                row.Defer = !complete && reader.FieldCount < columns.Length;
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
