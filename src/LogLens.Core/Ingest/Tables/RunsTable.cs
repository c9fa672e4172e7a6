using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Tables;

/// <summary>
/// A runs table (one row per run: MLflow's search_runs CSV, Optuna's trials_dataframe, W&amp;B's runs-table export)
/// parsed whole at discovery, since its rows are the runs. Rows keep their line; a row that cannot be a run (fewer or
/// more cells than the header, as when the file is cut mid-row) is a notice with its line and costs no other row.
/// </summary>
internal sealed class RunsTable
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        FormatProvider = CultureInfo.InvariantCulture,
        TrackLineNumbers = true,
        AllowLineBreaksInQuotes = true, // W&B notes and MLflow tags may span lines
        MaxRecordSize = 16 * 1024 * 1024,
    };

    private readonly Dictionary<int, bool> numeric = [];

    private RunsTable(string path, ImmutableArray<string> headers, ImmutableArray<TableRow> rows, ImmutableArray<LayoutNotice> notices)
    {
        Path = path;
        Headers = headers;
        Rows = rows;
        Notices = notices;
    }

    /// <summary>The file (full path).</summary>
    public string Path { get; }

    /// <summary>The header names, trimmed (a UTF-8 byte order mark taken off).</summary>
    public ImmutableArray<string> Headers { get; }

    /// <summary>The rows with as many cells as the header, in file order.</summary>
    public ImmutableArray<TableRow> Rows { get; }

    /// <summary>Rows that were skipped, and a malformed end of the file.</summary>
    public ImmutableArray<LayoutNotice> Notices { get; }

    /// <summary>
    /// The header of a CSV file whose first 4 KiB contain <paramref name="needle"/> (a column its format always writes
    /// near the start: a cheap test, since every CSV of a folder is asked); null when it does not, or the file is empty,
    /// unreadable or has fewer than two columns. Never throws.
    /// </summary>
    public static IReadOnlyList<string>? Header(string path, string needle)
    {
        try
        {
            if (!path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || new FileInfo(path).Length == 0 || !FilePeek.Contains(path, 4096, needle))
            {
                return null;
            }

            using CsvReader reader = CsvReader.FromFile(path, Options);
            IReadOnlyList<string> headers = reader.Headers;
            return headers.Count < 2 ? null : [.. headers.Select((h, i) => (i == 0 ? h.TrimStart('\uFEFF') : h).Trim())];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvFormatException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Reads every row of a table whose <paramref name="headers"/> a layout recognised. Never throws.</summary>
    public static RunsTable Load(string path, IReadOnlyList<string> headers)
    {
        var read = new List<TableRow>();
        var notices = new List<LayoutNotice>();
        try
        {
            using CsvReader reader = CsvReader.FromFile(path, Options);
            _ = reader.Headers;
            while (reader.Read())
            {
                string[] cells = new string[reader.FieldCount];
                for (int i = 0; i < cells.Length; i++)
                {
                    cells[i] = reader.GetString(i);
                }

                if (cells.Any(c => c.Length > 0))
                {
                    read.Add(new TableRow(reader.LineNumber, [.. cells]));
                }
            }
        }
        catch (CsvFormatException e)
        {
            notices.Add(
                new LayoutNotice(IngestCodes.UnreadableFile, path, "malformed CSV (" + e.Message + "); the rows before it are read") {
                    Line = e.LineNumber > 0 ? e.LineNumber : null });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            notices.Add(new LayoutNotice(IngestCodes.UnreadableFile, path, "could not be read (" + e.Message + "); the rows before the error are read"));
        }

        bool complete = read.Count == 0 || FileTail.EndsWithNewline(path);
        var rows = new List<TableRow>(read.Count);
        for (int i = 0; i < read.Count; i++)
        {
            TableRow row = read[i];
            if (row.Cells.Length == headers.Count)
            {
                rows.Add(row);
                continue;
            }

            bool cut = i == read.Count - 1 && !complete && row.Cells.Length < headers.Count;
            notices.Add(new LayoutNotice(cut ? IngestCodes.PartialFile : IngestCodes.UnreadableFile, path, string.Create(CultureInfo.InvariantCulture,
                $"row has {row.Cells.Length} cells but the header {headers.Count}{(cut ? " (the file ends mid-row: still being written?)" : "")}; this row is "
                + $"skipped, the others are read"))
            { Line = row.Line });
        }

        return new RunsTable(path, [.. headers], [.. rows], [.. notices]);
    }

    /// <summary>The first column with this header, or -1.</summary>
    public int Column(string name) => Headers.IndexOf(name, StringComparer.Ordinal);

    /// <summary>The cell of <paramref name="row"/> in <paramref name="column"/>; "" when the column is missing (-1).</summary>
    public static string Cell(TableRow row, int column) => column >= 0 ? row.Cells[column] : "";

    /// <summary>True when some cell of the column is a number: a metric column, whose other text cells are bad cells, not labels.</summary>
    public bool IsNumeric(int column)
    {
        if (!numeric.TryGetValue(column, out bool value))
        {
            value = Rows.Any(r => r.Cells[column].Length > 0 && FloatText.TryParse(r.Cells[column], out _));
            numeric[column] = value;
        }

        return value;
    }
}
