using LogLens.Core.Ingest;
using LogLens.Core.Model;
using static LogLens.Core.Tests.Ingest.Tables.TableFixtures;

namespace LogLens.Core.Tests.Ingest.Tables;

/// <summary>fixtures/formats/runs-tables/mlflow-runs.csv: `mlflow experiments csv` of a search with five nested trials.</summary>
public sealed class MlflowRunsCsvTests
{
    private const string Table = "mlflow-runs.csv";

    [Fact]
    public void Each_row_is_a_run_named_under_its_parent_and_the_failed_run_without_metrics_is_skipped()
    {
        using var dir = new TempFolder();
        IngestResult result = Read(dir, Table);
        Assert.Equal(
            ["mlflow-runs.csv@experiment 1/lr-search", "mlflow-runs.csv@experiment 1/lr-search/trial_0", "mlflow-runs.csv@experiment 1/lr-search/trial_1",
                "mlflow-runs.csv@experiment 1/lr-search/trial_2", "mlflow-runs.csv@experiment 1/lr-search/trial_4"],
            result.Runs.Select(r => r.Id));
        Assert.Contains(result.Diagnostics, d => d.Code == "LL002" && d.Message.Contains("trial_3 (FAILED, line 3)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_trial_has_its_params_its_final_metrics_at_step_0_its_status_and_the_search_as_study()
    {
        using var dir = new TempFolder();
        Run run = RunOf(Read(dir, Table), "mlflow-runs.csv@experiment 1/lr-search/trial_1");
        Assert.Equal(["mlflow-csv"], run.Formats.ToArray());
        Assert.Equal("0.0003", run.Params["lr"]);
        Assert.Equal("adam", run.Params["optimizer"]);
        Assert.Equal("trial_1", run.Params["mlflow.runName"]);
        Assert.DoesNotContain("mlflow.user", run.Params.Keys);
        Assert.Equal([0.0], run.FindSeries("val_accuracy")!.Steps);
        Assert.Equal([0.8742], run.FindSeries("val_accuracy")!.Values);
        Assert.Equal("FINISHED", run.Status);
        Assert.Equal("experiment 1/lr-search", run.Study);
    }

    [Fact]
    public void The_table_is_the_source_of_every_param_and_metric()
    {
        using var dir = new TempFolder();
        RunSource source = Assert.Single(RunOf(Read(dir, Table), "mlflow-runs.csv@experiment 1/lr-search/trial_0").Sources);
        Assert.Equal(Table, source.Path);
        Assert.Equal(["train_loss", "val_accuracy", "val_loss"], source.Metrics.ToArray());
        Assert.Contains("batch_size", source.Params);
    }

    [Fact]
    public void A_running_run_without_end_time_is_read_and_reported_with_its_line()
    {
        using var dir = new TempFolder();
        IngestResult result = Read(dir, Table);
        Assert.Equal("RUNNING", RunOf(result, "mlflow-runs.csv@experiment 1/lr-search/trial_4").Status);
        Assert.Contains(result.Diagnostics, d => d.Code == "LL002" && d.Line == 2 && d.Message.Contains("in progress", StringComparison.Ordinal));
    }

    [Fact]
    public void The_parent_run_is_the_search_in_a_study_of_its_own()
    {
        using var dir = new TempFolder();
        Assert.Equal("experiment 1/lr-search/parent", RunOf(Read(dir, Table), "mlflow-runs.csv@experiment 1/lr-search").Study);
    }
}
