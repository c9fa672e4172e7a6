namespace LogLens.Core.Tests.Ingest.Mlflow;

/// <summary>Writes MLflow file-store fixtures (mlruns/&lt;exp&gt;/&lt;run&gt;/...) into a <see cref="TempFolder"/>, shaped like MLflow 2.x writes them.</summary>
internal static class MlrunsWriter
{
    public static void Experiment(TempFolder dir, string folder, string name, string lifecycle = "active")
    {
        string id = Path.GetFileName(folder);
        dir.Write(folder + "/meta.yaml", $"artifact_location: file:///tmp/{folder}\ncreation_time: 1691409686385\nexperiment_id: '{id}'\nlast_update_time: 1691409686385\nlifecycle_stage: {lifecycle}\nname: {name}\n");
    }

    public static void Run(TempFolder dir, string folder, string status = "3", string lifecycle = "active", string endTime = "1691409748477", string? runName = null)
    {
        string id = Path.GetFileName(folder);
        string experiment = Path.GetFileName(Path.GetDirectoryName(folder)) ?? "0";
        dir.Write(folder + "/meta.yaml",
            $"artifact_uri: file:///tmp/{folder}/artifacts\nend_time: {endTime}\nentry_point_name: ''\nexperiment_id: '{experiment}'\n"
            + $"lifecycle_stage: {lifecycle}\nrun_id: {id}\nrun_name: {runName ?? id + "-name"}\nrun_uuid: {id}\nsource_name: ''\nsource_type: 4\n"
            + $"source_version: ''\nstart_time: 1691409686448\nstatus: {status}\ntags: []\nuser_id: me\n");
    }

    public static void Param(TempFolder dir, string run, string key, string value) => dir.Write(run + "/params/" + key, value);

    public static void Tag(TempFolder dir, string run, string key, string value) => dir.Write(run + "/tags/" + key, value);

    public static void Metric(TempFolder dir, string run, string key, string lines) => dir.Write(run + "/metrics/" + key, lines);

    /// <summary>An experiment "1" named "exp" with one finished run "r1": lr=0.1, loss 1.0 → 0.5 at steps 0, 1.</summary>
    public static string Healthy(TempFolder dir, string root = "mlruns")
    {
        Experiment(dir, root + "/1", "exp");
        string run = root + "/1/r1";
        Run(dir, run);
        Param(dir, run, "lr", "0.1");
        Metric(dir, run, "loss", "1700000000000 1.0 0\n1700000000001 0.5 1\n");
        return run;
    }
}
