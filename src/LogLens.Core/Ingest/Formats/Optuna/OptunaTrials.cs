using System.Globalization;
using LogLens.Core.Ingest.Tables;

namespace LogLens.Core.Ingest.Formats.Optuna;

/// <summary>
/// The rows of Optuna's <c>study.trials_dataframe()</c> written with <c>to_csv()</c> (optuna/study/_dataframe.py): an
/// unnamed index column when pandas writes one, <c>number, value</c> (or <c>values_0, values_1</c>… for several objectives,
/// <c>value_&lt;name&gt;</c> / <c>values_&lt;name&gt;</c> after <c>set_metric_names</c>), <c>datetime_start, datetime_complete,
/// duration, params_&lt;name&gt;…, user_attrs_&lt;name&gt;…, system_attrs_&lt;name&gt;…, state</c>. A trial is a run named
/// "trial-&lt;number&gt;"; the objective is a metric named <c>value</c> (<c>values_i</c>, or the metric's name), whose
/// direction the table does not say; numeric user attributes are metrics too; the table is the study.
/// </summary>
internal static class OptunaTrials
{
    private const string Params = "params_", UserAttrs = "user_attrs_";

    /// <summary>True for the header trials_dataframe writes: number and state, with params_ or datetime_start columns.</summary>
    public static bool IsHeader(IReadOnlyList<string> headers) =>
        headers.Contains("number") && headers.Contains("state")
        && headers.Any(h => h.StartsWith(Params, StringComparison.Ordinal) || h == "datetime_start");

    /// <summary>The metric an objective column holds, or null for other columns.</summary>
    public static string? Objective(string header) =>
        header is "value" ? "value"
        : header.StartsWith("values_", StringComparison.Ordinal) && header.Length > 7 ? (header[7..].All(char.IsAsciiDigit) ? header : header[7..])
        : header.StartsWith("value_", StringComparison.Ordinal) && header.Length > 6 ? header[6..]
        : null;

    /// <summary>The trials of the table, and the failed trials without any value (skipped).</summary>
    public static TableRead Read(RunsTable table)
    {
        int number = table.Column("number"), state = table.Column("state");
        string study = TableRuns.Stem(table.Path);
        var notices = new List<LayoutNotice>();
        var trials = new List<(string Label, TableRun Run)>();
        foreach (TableRow row in table.Rows)
        {
            string text = row.Cells[number].Trim();
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double n) || n != Math.Floor(n))
            {
                notices.Add(
                    new LayoutNotice(IngestCodes.UnreadableFile, table.Path, $"trial number '{text}' is not a whole number; row skipped") { Line = row.Line });
                continue;
            }

            string status = row.Cells[state].Trim();
            trials.Add(("trial-" + n.ToString("0", CultureInfo.InvariantCulture), Trial(table, row, study, status)));
        }

        List<string> labels = TableRuns.Unique(trials.Select(t => t.Label));
        var runs = trials.Select((t, i) => t.Run with { Suffix = "#" + labels[i] }).ToList();
        var skipped = runs.Where(r => r.Metrics.IsEmpty && TableRuns.IsFailure(r.Status)).ToList();
        return new TableRead([.. runs.Except(skipped)], skipped, notices);
    }

    private static TableRun Trial(RunsTable table, TableRow row, string study, string status)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        var metrics = new List<(string, string, string)>();
        for (int i = 0; i < table.Headers.Length; i++)
        {
            string header = table.Headers[i], cell = row.Cells[i];
            if (cell.Length == 0)
            {
                continue;
            }

            if (Objective(header) is string metric
                || (header.StartsWith(UserAttrs, StringComparison.Ordinal) && table.IsNumeric(i) && (metric = header[UserAttrs.Length..]).Length > 0))
            {
                metrics.Add((metric, header, cell));
            }
            else if (header.StartsWith(Params, StringComparison.Ordinal) && header.Length > Params.Length)
            {
                parameters.Add(new(header[Params.Length..], cell));
            }
        }

        return new TableRun("", row.Line, study, status.Length > 0 ? status : null)
        {
            Params = [.. parameters],
            Metrics = [.. metrics],
            InProgress = status is "RUNNING" or "WAITING" ? $"trial is {status}: its value may still change" : null,
        };
    }
}
