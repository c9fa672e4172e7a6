using System.Globalization;
using LogLens.Core.Ingest.Tables;

namespace LogLens.Core.Ingest.Formats.Mlflow;

/// <summary>
/// The rows of an MLflow runs table (<c>mlflow experiments csv</c>, or <c>mlflow.search_runs().to_csv()</c>): columns
/// <c>run_id, experiment_id, status, artifact_uri, start_time, end_time</c>, then <c>metrics.&lt;key&gt;</c> (each
/// metric's latest value), <c>params.&lt;key&gt;</c> and <c>tags.&lt;key&gt;</c>; an empty cell is a key the run lacks
/// (pandas writes NaN and None as ""). Named and put in studies as the SQLite store's runs are (<see cref="MlflowSqliteNames"/>):
/// <c>tags.mlflow.runName</c> or the run_id, nested under <c>tags.mlflow.parentRunId</c>, study "experiment &lt;id&gt;"
/// (the table has no experiment names).
/// </summary>
internal static class MlflowRunsCsv
{
    private const string Metrics = "metrics.", Params = "params.", Tags = "tags.";

    /// <summary>True for the header MLflow writes: run_id, experiment_id and status among the columns.</summary>
    public static bool IsHeader(IReadOnlyList<string> headers) =>
        headers.Contains("run_id") && headers.Contains("experiment_id") && headers.Contains("status");

    /// <summary>The runs of the table, and the failed rows without any metric (skipped, as the SQLite store skips them).</summary>
    public static TableRead Read(RunsTable table)
    {
        int id = table.Column("run_id"), experiment = table.Column("experiment_id"), status = table.Column("status"), end = table.Column("end_time");
        int name = table.Column(Tags + "mlflow.runName"), parent = table.Column(Tags + "mlflow.parentRunId");
        var notices = new List<LayoutNotice>();
        var rows = new List<(TableRow Row, MlflowSqliteRun Run, bool HasMetrics)>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (TableRow row in table.Rows)
        {
            string uuid = RunsTable.Cell(row, id).Trim();
            if (uuid.Length == 0)
            {
                notices.Add(new LayoutNotice(IngestCodes.UnreadableFile, table.Path, "row has no run_id; skipped") { Line = row.Line });
                continue;
            }

            if (seen.TryGetValue(uuid, out long first))
            {
                notices.Add(new LayoutNotice(IngestCodes.UnreadableFile, table.Path, string.Create(CultureInfo.InvariantCulture,
                    $"run_id {uuid} again (first on line {first}); this row is skipped")) { Line = row.Line });
                continue;
            }

            seen[uuid] = row.Line;
            bool hasMetrics = Enumerable.Range(0, table.Headers.Length)
                .Any(i => table.Headers[i].StartsWith(Metrics, StringComparison.Ordinal) && row.Cells[i].Length > 0);
            string experimentId = RunsTable.Cell(row, experiment).Trim();
            string label = NonEmpty(RunsTable.Cell(row, name)) ?? uuid;
            var run = new MlflowSqliteRun(uuid, label, MlflowRunStatus.Name(RunsTable.Cell(row, status)), end < 0 || row.Cells[end].Length > 0,
                Deleted: false, experimentId, "experiment " + experimentId, ExperimentDeleted: false, NonEmpty(RunsTable.Cell(row, parent)), hasMetrics);
            rows.Add((row, run, hasMetrics));
        }

        var skipped = rows.Where(r => !r.HasMetrics && TableRuns.IsFailure(r.Run.Status)).ToList();
        var kept = rows.Except(skipped).ToList();
        List<MlflowSqliteRun> named = MlflowSqliteNames.Apply([.. kept.Select(r => r.Run)]);
        var runs = kept.Select((r, i) => Run(table, r.Row, named[i])).ToList();
        return new TableRead(runs, [.. skipped.Select(r => new TableRun("@" + r.Run.Name, r.Row.Line, "", r.Run.Status))], notices);
    }

    private static TableRun Run(RunsTable table, TableRow row, MlflowSqliteRun run)
    {
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("mlflow.status", run.Status),
            new("mlflow.experiment", run.Experiment),
        };
        var metrics = new List<(string, string, string)>();
        for (int i = 0; i < table.Headers.Length; i++)
        {
            string header = table.Headers[i], cell = row.Cells[i];
            if (cell.Length == 0)
            {
                continue;
            }

            if (header.StartsWith(Metrics, StringComparison.Ordinal))
            {
                metrics.Add((header[Metrics.Length..], header, cell));
            }
            else if (header.StartsWith(Params, StringComparison.Ordinal))
            {
                parameters.Add(new(header[Params.Length..], cell));
            }
            else if (header.StartsWith(Tags, StringComparison.Ordinal) && MlflowSqliteContents.KeptTags.Contains(header[Tags.Length..]))
            {
                parameters.Add(new(header[Tags.Length..], cell));
            }
        }

        return new TableRun(run.Suffix, row.Line, run.Study, run.Status)
        {
            Params = [.. parameters],
            Metrics = [.. metrics],
            InProgress = run.Status == MlflowRunStatus.Running && !run.Ended
                ? $"run {run.Uuid} ({run.Name}) is in progress (status RUNNING, no end_time): its metrics may still grow, or it crashed without ending"
                : null,
        };
    }

    private static string? NonEmpty(string text) => text.Trim().Length > 0 ? text.Trim() : null;
}
