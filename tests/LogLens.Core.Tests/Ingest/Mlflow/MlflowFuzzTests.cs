using System.Text;
using LogLens.Core.Ingest;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Formats.Mlflow;

namespace LogLens.Core.Tests.Ingest.Mlflow;

public sealed class MlflowFuzzTests
{
    private const string Broken = "mlruns/1/broken";

    private static readonly (string File, string Content)[] Valid =
    [
        ("metrics/loss", "1700000000000 1.5 0\n1700000000001 nan 1\n1700000000002 0.5 2\n1700000000003 0.7 1\n1700000000004 -inf\n"),
        ("metrics/train/loss", "1 0.5 1\n2 0.25 2\n"),
        ("meta.yaml", "artifact_uri: file:///x\nend_time: null\nexperiment_id: '1'\nlifecycle_stage: active\nrun_id: broken\nrun_name: b\nrun_uuid: broken\nstatus: 1\ntags: []\n"),
        ("params/lr", "1e-05"),
        ("tags/mlflow.runName", "multi\nline"),
        ("../meta.yaml", "experiment_id: '1'\nlifecycle_stage: active\nname: exp\n"),
    ];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int seed = 0; seed < 120; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Corrupt_mlflow_files_never_throw_and_never_touch_the_healthy_run(int seed)
    {
        var random = new Random(seed);
        (string file, string content) = Valid[seed % Valid.Length];
        using var dir = new TempFolder();
        MlrunsWriter.Experiment(dir, "mlruns/1", "exp");
        MlrunsWriter.Run(dir, Broken);
        MlrunsWriter.Metric(dir, Broken, "acc", "1 0.5 1\n");
        dir.WriteBytes(Path.GetFullPath(Path.Combine(dir.Path, Broken, file)), Corruption.Apply(Encoding.UTF8.GetBytes(content), random));
        string healthy = MlrunsWriter.Healthy(dir, "other");

        var fragment = new RunFragment("broken", dir.Path);
        Assert.Null(Record.Exception(() => MlflowRunReader.Default.Read(Path.Combine(dir.Path, Broken), fragment)));
        Assert.Null(Record.Exception(() => fragment.Build()));

        IngestResult result = dir.Ingest();
        var run = result.Runs.Single(r => r.Id == healthy);
        Assert.Equal("0.1", run.Params["lr"]);
        Assert.Equal([1.0, 0.5], run.FindSeries("loss")!.Values);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("mlruns/", d.Path, StringComparison.Ordinal));
    }
}
