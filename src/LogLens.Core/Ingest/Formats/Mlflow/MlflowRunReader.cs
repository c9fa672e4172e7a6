namespace LogLens.Core.Ingest.Formats.Mlflow;

/// <summary>
/// One MLflow file-store run folder (the input is the folder): <c>meta.yaml</c> (status → <c>mlflow.status</c>; a
/// RUNNING run without end_time is LL002 "in progress"), the experiment's name from the parent <c>meta.yaml</c>
/// (<c>mlflow.experiment</c>), <c>params/&lt;key&gt;</c> (raw text, one file per key), the display tags
/// (<c>mlflow.runName</c>, ...) and <c>metrics/&lt;key&gt;</c>; keys with '/' are nested folders.
/// </summary>
internal sealed class MlflowRunReader : IRunFileReader
{
    /// <summary>The instance.</summary>
    public static readonly MlflowRunReader Default = new();

    /// <summary>Tags kept as parameters (they are display names or provenance; the default config ignores mlflow.* keys for grouping).</summary>
    private static readonly string[] KeptTags = ["mlflow.runName", "mlflow.parentRunId", "mlflow.source.git.commit"];

    private MlflowRunReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "mlflow";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        ReadMeta(path, fragment);
        foreach ((string key, string file) in MlflowKeys.Files(Path.Combine(path, "params"), fragment))
        {
            if (MlflowKeys.TryReadText(file, fragment, out string text))
            {
                fragment.SetParam(key, text);
            }
        }

        foreach ((string key, string file) in MlflowKeys.Files(Path.Combine(path, "tags"), fragment))
        {
            if (KeptTags.Contains(key, StringComparer.Ordinal) && MlflowKeys.TryReadText(file, fragment, out string text))
            {
                fragment.SetParam(key, text);
            }
        }

        foreach ((string key, string file) in MlflowKeys.Files(Path.Combine(path, "metrics"), fragment))
        {
            MlflowMetricFile.Read(file, key, fragment);
        }
    }

    private static void ReadMeta(string folder, RunFragment fragment)
    {
        string path = Path.Combine(folder, MlflowMeta.FileName);
        MlflowMeta meta = MlflowMeta.Load(path);
        if (meta.Problem is string problem)
        {
            fragment.Report(IngestCodes.PartialFile, path, null, problem + "; run status unknown, params and metrics still read");
        }
        else
        {
            string status = MlflowRunStatus.Name(meta["status"]);
            fragment.SetParam("mlflow.status", status);
            if (meta["run_name"] is string name)
            {
                fragment.SetParam("mlflow.runName", name);
            }

            if (status == MlflowRunStatus.Running && meta["end_time"] is null)
            {
                fragment.Report(IngestCodes.PartialFile, path, null,
                    "run is in progress (status RUNNING, no end_time): its metrics may still grow, or it crashed without ending");
            }
        }

        string? parent = Path.GetDirectoryName(folder);
        if (parent is not null && File.Exists(Path.Combine(parent, MlflowMeta.FileName)))
        {
            MlflowMeta experiment = MlflowMeta.Load(Path.Combine(parent, MlflowMeta.FileName));
            if (experiment.IsExperiment && experiment["name"] is string experimentName)
            {
                fragment.SetParam("mlflow.experiment", experimentName);
            }
        }
    }
}
