namespace LogLens.Core.Ingest.Formats.Mlflow;

/// <summary>One row of a store's <c>runs</c> table with what discovery needs from its experiment and tags.</summary>
/// <param name="Uuid">runs.run_uuid.</param>
/// <param name="Name">The <c>mlflow.runName</c> tag, else runs.name; null when neither is set.</param>
/// <param name="Status">FINISHED, FAILED, KILLED, RUNNING or SCHEDULED (a missing status is RUNNING, as in MLflow).</param>
/// <param name="Ended">runs.end_time is set.</param>
/// <param name="Deleted">The run or its experiment has lifecycle_stage 'deleted'.</param>
/// <param name="ExperimentId">runs.experiment_id as text.</param>
/// <param name="Experiment">The experiment's name ("experiment &lt;id&gt;" when the row is missing).</param>
/// <param name="ExperimentDeleted">The experiment has lifecycle_stage 'deleted'.</param>
/// <param name="Parent">The <c>mlflow.parentRunId</c> tag: the run is nested under that run (e.g. an Optuna trial).</param>
/// <param name="HasMetrics">The run logged at least one metric row (only looked up for FAILED runs; true otherwise).</param>
internal sealed record MlflowSqliteRun(
    string Uuid, string? Name, string Status, bool Ended, bool Deleted, string ExperimentId, string Experiment, bool ExperimentDeleted, string? Parent,
        bool HasMetrics)
{
    /// <summary>Appended to the store file's path to make the run id: "@&lt;experiment&gt;/[&lt;parent&gt;/]&lt;run&gt;".</summary>
    public string Suffix { get; init; } = "";

    /// <summary>The study (see <see cref="MlflowSqliteNames"/>).</summary>
    public string Study { get; init; } = "";
}
