using System.Globalization;
using LogLens.Core.Ingest.Formats;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// Feeds one run its rows of one export table. The first run of the export (ordinal) also reports the table's own
/// problems (unreadable parts, skipped rows, rows of runs runs.parquet does not list), so they appear once.
/// </summary>
internal sealed class ParquetExportReader(TableFile file, ExportData data, string runId, bool reportsTableProblems) : IBinaryFileReader
{
    /// <summary>The format of an export's runs, added to the formats they were first read from.</summary>
    public const string FormatName = "parquet-export";

    public string Format => FormatName;

    public void Read(string path, RunFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        TableRows rows = data.Rows(file.Table);
        if (reportsTableProblems)
        {
            foreach (LayoutNotice problem in rows.Problems)
            {
                fragment.Report(problem.Code, problem.Path, null, problem.Message);
            }

            ReportUnlisted(rows, fragment);
        }

        rows.Apply(runId, fragment, path);
    }

    private void ReportUnlisted(TableRows rows, RunFragment fragment)
    {
        if (data.Listed.IsEmpty || rows is RunsRows)
        {
            return;
        }

        List<string> unlisted = [.. rows.RunIds.Where(id => !data.Listed.Contains(id)).Order(StringComparer.Ordinal)];
        if (unlisted.Count > 0)
        {
            string examples = string.Join(", ", unlisted.Take(3).Select(id => "'" + id + "'"));
            string message = string.Create(
                CultureInfo.InvariantCulture, $"rows of {unlisted.Count} run(s) that {RunsTable.Schema.FileName} does not list ignored ({examples})");
            fragment.Report(IngestCodes.UnreadableFile, file.Path, null, message);
        }
    }
}
