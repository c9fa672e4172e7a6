using System.Globalization;
using LogLens.Core.Ingest.Memory;

namespace LogLens.Core.Ingest.Formats.Mlflow;

/// <summary>
/// One run of an MLflow SQLite store (the input is the store file). A store holds many runs, so unlike the stateless
/// file readers there is one instance per run, made by <see cref="MlflowSqliteLayout"/>, naming the run it reads; the
/// store's rows are read once for all its runs (<see cref="MlflowSqliteStore.Contents"/>). Gives what the file store
/// reader gives: params, the tags <c>mlflow.runName</c>/<c>mlflow.parentRunId</c>/<c>mlflow.source.git.commit</c>,
/// <c>mlflow.status</c> and <c>mlflow.experiment</c> as params, the full metric histories, the run's status and study.
/// </summary>
internal sealed class MlflowSqliteReader : IBinaryFileReader
{
    private readonly MlflowSqliteStore store;
    private readonly MlflowSqliteRun run;

    internal MlflowSqliteReader(MlflowSqliteStore store, MlflowSqliteRun run)
    {
        this.store = store;
        this.run = run;
    }

    /// <inheritdoc/>
    public string Format => "mlflow-sqlite";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        MlflowSqliteContents contents = store.Contents;
        if (contents.Error is string error && run == store.Runs[0])
        {
            fragment.Report(IngestCodes.UnreadableFile, path, null, error); // once per store, on its first run
        }

        fragment.SetStudy(run.Study);
        fragment.SetStatus(run.Status);
        fragment.SetParam("mlflow.status", run.Status);
        fragment.SetParam("mlflow.experiment", run.Experiment);
        if (run.Name is string name)
        {
            fragment.SetParam("mlflow.runName", name);
        }

        if (run.Status == MlflowRunStatus.Running && !run.Ended)
        {
            fragment.Report(IngestCodes.PartialFile, path, null,
                $"run {run.Uuid} ({run.Name ?? "no name"}) is in progress (status RUNNING, no end_time): its metrics may still grow, or it "
                + $"crashed without ending");
        }

        MlflowSqliteRunData data = contents.Of(run.Uuid);
        foreach ((string key, string value) in data.Tags.Concat(data.Params))
        {
            fragment.SetParam(key, value);
        }

        foreach (MlflowSqliteSeries series in data.Series)
        {
            SeriesBuilder builder = fragment.Series(series.Key);
            builder.EnsureCapacity(builder.Count + series.Count);
            ReadOnlySpan<double> steps = contents.Steps.Slice(series.Start, series.Count);
            ReadOnlySpan<double> values = contents.Values.Slice(series.Start, series.Count);
            for (int i = 0; i < steps.Length; i++)
            {
                builder.Add(steps[i], values[i]);
            }

            if (series.Repeated > 0)
            {
                fragment.Report(IngestCodes.ResumedSteps, path, null, string.Create(CultureInfo.InvariantCulture,
                    $"run {run.Uuid}, metric '{series.Key}': {series.Repeated} step(s) logged more than once with different values, first step "
                    + $"{series.FirstRepeated} (resume/restart, or a final value logged without a step?); MLflow's latest (by timestamp, then value) kept"));
            }
        }
    }
}
