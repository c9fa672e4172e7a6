using System.Globalization;
using LogLens.Core.Ingest.Formats;

namespace LogLens.Core.Ingest.Tables;

/// <summary>What the runs-table layouts share: unique run labels, the runs to skip, and the locations discovery gets.</summary>
internal static class TableRuns
{
    /// <summary>Statuses of runs that ended with an error: a table row in such a state without any metric is not a run.</summary>
    public static bool IsFailure(string? status) =>
        status is not null && (status.Equals("FAILED", StringComparison.OrdinalIgnoreCase) || status.Equals("FAIL", StringComparison.OrdinalIgnoreCase)
            || status.Equals("crashed", StringComparison.OrdinalIgnoreCase));

    /// <summary>The table's name without its extension: the study of a table that names none.</summary>
    public static string Stem(string path) => Path.GetFileNameWithoutExtension(path);

    /// <summary>Each label, or "label~2", "~3" ... for its later repeats (in row order), so every row is a run of its own.</summary>
    public static List<string> Unique(IEnumerable<string> labels)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (string label in labels)
        {
            int n = seen.GetValueOrDefault(label) + 1;
            seen[label] = n;
            result.Add(n == 1 ? label : label + "~" + n.ToString(CultureInfo.InvariantCulture));
        }

        return result;
    }

    /// <summary>
    /// The runs of every table in <paramref name="folder"/> whose head holds <paramref name="needle"/> and whose header
    /// <paramref name="isHeader"/> accepts: one location per run (the table file read by a <see cref="TableRunReader"/>),
    /// then the table's and the rows' notices and one LL002 naming the failed rows that logged no metric.
    /// </summary>
    public static List<RunLocation> Find(FolderListing folder, string format, string needle, Func<IReadOnlyList<string>, bool> isHeader,
        Func<RunsTable, TableRead> read)
    {
        var found = new List<RunLocation>();
        foreach (string file in folder.Files)
        {
            if (RunsTable.Header(file, needle) is { } headers && isHeader(headers))
            {
                RunsTable table = RunsTable.Load(file, headers);
                found.AddRange(Locations(table, format, read(table)));
            }
        }

        return found;
    }

    private static IEnumerable<RunLocation> Locations(RunsTable table, string format, TableRead read)
    {
        foreach (TableRun run in read.Runs)
        {
            yield return new RunLocation(table.Path, run.Suffix, [new RunInput(table.Path, new TableRunReader(format, run))], []);
        }

        var notices = table.Notices.Concat(read.Notices).ToList();
        if (read.Skipped.Count > 0)
        {
            string names = string.Join(", ", read.Skipped.Take(5)
                .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Suffix.TrimStart('#', '@')} ({r.Status}, line {r.Line})")));
            notices.Add(new LayoutNotice(IngestCodes.PartialFile, table.Path, string.Create(CultureInfo.InvariantCulture,
                $"{read.Skipped.Count} failed run(s) without any metric skipped: {names}{(read.Skipped.Count > 5 ? ", …" : "")}")));
        }

        if (notices.Count > 0)
        {
            yield return RunLocation.NotARun(table.Path, [], notices);
        }
    }
}
