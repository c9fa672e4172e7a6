using LogLens.Core.Configuration;
using LogLens.Core.Ingest.Tables;
using LogLens.Core.Ingest.Text;
using LogLens.Core.Model;

namespace LogLens.Core.Ingest.Formats.Wandb;

/// <summary>
/// The rows of a W&amp;B runs-table export ("Export CSV" of a project's runs table): the run columns W&amp;B shows first
/// (<c>Name, Agent, State, Notes, User, Tags, Created, Runtime, Sweep</c>...), then the config columns, then the summary
/// columns, each block sorted by key; every cell quoted. The header does not say where the config ends: the summary
/// starts at the first column whose name sorts before its left neighbour's (ordinally and ignoring case), or at the
/// first of W&amp;B's own summary keys (<c>_step</c>, <c>_runtime</c>...) if earlier; when neither shows, at the first
/// numeric column named like a metric (loss, accuracy...: a role <see cref="MetricNames"/> infers), else nowhere.
/// Config cells are parameters; numeric summary columns are final values at the row's <c>_step</c> (0 without it),
/// text summary columns (paths, media, booleans) are skipped. The sweep, else the table, is the study.
/// </summary>
internal static class WandbRunsTable
{
    private static readonly HashSet<string> RunColumns = new(StringComparer.Ordinal)
    {
        "Name", "ID", "Agent", "State", "Notes", "User", "Tags", "Created", "Updated", "Runtime", "End Time", "Heartbeat",
        "Sweep", "Group", "Job Type", "Hostname", "Host", "Commit", "GitHub", "Command", "Project", "Description",
    };

    /// <summary>True for W&amp;B's runs-table header: Name and State among at least four of its run columns.</summary>
    public static bool IsHeader(IReadOnlyList<string> headers) =>
        headers.Contains("Name") && headers.Contains("State") && headers.Count(RunColumns.Contains) >= 4;

    /// <summary>The first config column (after the leading run columns) and the first summary column.</summary>
    public static (int Config, int Summary) Blocks(RunsTable table)
    {
        IReadOnlyList<string> h = table.Headers;
        int config = 0;
        while (config < h.Count && RunColumns.Contains(h[config]))
        {
            config++;
        }

        for (int i = config; i < h.Count; i++)
        {
            if (h[i]
                .StartsWith('_')
                || (i > config && string.CompareOrdinal(h[i], h[i - 1]) < 0 && string.Compare(h[i], h[i - 1], StringComparison.OrdinalIgnoreCase) < 0))
            {
                return (config, i);
            }
        }

        for (int i = config; i < h.Count; i++)
        {
            if (MetricNames.Infer(h[i]).Role != MetricRole.Other && table.IsNumeric(i))
            {
                return (config, i);
            }
        }

        return (config, h.Count);
    }

    /// <summary>The runs of the table, and the failed or crashed runs without any summary value (skipped).</summary>
    public static TableRead Read(RunsTable table)
    {
        (int config, int summary) = Blocks(table);
        int name = table.Column("Name"), id = table.Column("ID"), state = table.Column("State"), sweep = table.Column("Sweep"), step = table.Column("_step");
        var notices = new List<LayoutNotice>();
        var rows = table.Rows.Where(r =>
        {
            bool named = r.Cells[name].Trim().Length > 0;
            if (!named)
            {
                notices.Add(new LayoutNotice(IngestCodes.UnreadableFile, table.Path, "row has no Name; skipped") { Line = r.Line });
            }

            return named;
        }).ToList();
        var repeated = rows.GroupBy(r => r.Cells[name].Trim(), StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        List<string> labels = TableRuns.Unique(
            rows.Select(r => r.Cells[name].Trim() is var n && repeated.Contains(n) && id >= 0 && r.Cells[id].Length > 0 ? n + "~" + r.Cells[id].Trim() : n));
        var runs = new List<TableRun>();
        string stem = TableRuns.Stem(table.Path);
        for (int r = 0; r < rows.Count; r++)
        {
            TableRow row = rows[r];
            string status = RunsTable.Cell(row, state).Trim();
            string sweepId = RunsTable.Cell(row, sweep).Trim();
            double at = FloatText.TryParse(RunsTable.Cell(row, step), out double s) && double.IsFinite(s) ? s : 0;
            runs.Add(new TableRun("#" + labels[r], row.Line, sweepId.Length > 0 ? "sweep-" + sweepId : stem, status.Length > 0 ? status : null)
            {
                Params = [.. Enumerable.Range(config, summary - config)
                    .Where(i => row.Cells[i].Length > 0 && !table.Headers[i].StartsWith('_'))
                    .Select(i => new KeyValuePair<string, string>(table.Headers[i], row.Cells[i]))],
                Metrics = [.. Enumerable.Range(summary, table.Headers.Length - summary)
                    .Where(i => row.Cells[i].Length > 0 && !WandbValues.IsInternal(table.Headers[i]) && table.IsNumeric(i))
                    .Select(i => (table.Headers[i], table.Headers[i], row.Cells[i]))],
                Step = at,
                InProgress = status == "running" ? "run was running when the table was exported: its summary values may still change" : null,
            });
        }

        var skipped = runs.Where(r => r.Metrics.IsEmpty && TableRuns.IsFailure(r.Status)).ToList();
        return new TableRead([.. runs.Except(skipped)], skipped, notices);
    }
}
