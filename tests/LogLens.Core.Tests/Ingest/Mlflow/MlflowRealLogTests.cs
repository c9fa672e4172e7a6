using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Mlflow;

public sealed class MlflowRealLogTests
{
    private const string Experiment = "mlruns/586757370402886605/";

    private static IngestResult Ingest() =>
        RunIngestor.Ingest([RealLogs.Require("mlflow", "1010sb__ImageClass")], LogLensConfig.Default);

    [SkippableFact]
    public void The_seven_active_runs_of_nine_are_read_and_the_two_deleted_ones_are_reported()
    {
        IngestResult result = Ingest();
        Assert.Equal(
            ["6cb9a32fd38a464f8402979dbdd3191f", "7763ef313a5a468f8ef9413586d5384a", "78f1b8919f3d473087416029f6dff781", "8d8ad88e055446c8b0d283b160ac346d",
             "9fb9b6b8914c44bb869c2a2712fb79f7", "a11ef41c562e42a895b00b732a0e930c", "b60729bda1c049be8dd9de0c52b80d47"],
            result.Runs.Select(r => r.Id.Replace(Experiment, "", StringComparison.Ordinal)));
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL002", "mlruns/586757370402886605"), (d.Code, d.Path));
        Assert.Contains("2 deleted run(s) skipped", d.Message, StringComparison.Ordinal);
        Assert.Contains("3a9af4bdab714eb69a4ed7582c387268 (mysterious-goose-781)", d.Message, StringComparison.Ordinal);
        Assert.Contains("c9efc9e12e8d4c7c846d2c2805695cd5 (indecisive-skunk-86)", d.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Params_tags_status_and_experiment_name_become_parameters()
    {
        Run run = Ingest().Runs.Single(r => r.Id == Experiment + "6cb9a32fd38a464f8402979dbdd3191f");
        Assert.Equal(["mlflow"], run.Formats.ToArray());
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["epochs"] = "10", ["optimizer"] = "SGD", ["mlflow.runName"] = "exultant-lynx-641",
                ["mlflow.status"] = "FINISHED", ["mlflow.experiment"] = "Fashion_MNIST_Experiment",
            },
            run.Params);
    }

    [SkippableFact]
    public void Metric_values_match_the_files_exactly()
    {
        Run run = Ingest().Runs.Single(r => r.Id == Experiment + "b60729bda1c049be8dd9de0c52b80d47");
        Assert.Equal(["test_accuracy", "test_loss", "val_accuracy", "val_loss"], run.Series.Select(s => s.Name));
        Assert.Equal([0.0], run.FindSeries("val_loss")!.Steps);
        Assert.Equal([0.3276152014732361], run.FindSeries("val_loss")!.Values);
        Assert.Equal([0.8689000010490417], run.FindSeries("test_accuracy")!.Values);
    }

    [SkippableFact]
    public void The_optimizer_sweep_gives_one_config_per_optimizer_with_roles_inferred_from_names()
    {
        RunSet set = Ingest().RunSet;
        Assert.Equal(["Adadelta", "Adagrad", "Adam", "Adamax", "Nadam", "RMSprop", "SGD"], set.Groups.Select(g => g.Params["optimizer"]).Order(StringComparer.Ordinal));
        Assert.All(set.Groups, g => Assert.DoesNotContain(g.Params.Keys, k => k.StartsWith("mlflow.", StringComparison.Ordinal)));
        Assert.Equal(MetricRole.Proxy, set.Metrics["val_loss"].Role);
        Assert.Equal(MetricRole.Business, set.Metrics["test_accuracy"].Role);
    }
}
