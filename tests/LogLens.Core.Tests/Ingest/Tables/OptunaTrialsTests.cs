using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Model;
using static LogLens.Core.Tests.Ingest.Tables.TableFixtures;

namespace LogLens.Core.Tests.Ingest.Tables;

/// <summary>fixtures/formats/runs-tables/optuna-trials.csv: `study.trials_dataframe().to_csv()` with pandas' index column.</summary>
public sealed class OptunaTrialsTests
{
    private const string Table = "optuna-trials.csv";

    [Fact]
    public void Each_trial_is_a_run_and_the_failed_trial_without_a_value_is_skipped()
    {
        using var dir = new TempFolder();
        Assert.Equal(
            ["optuna-trials.csv#trial-0", "optuna-trials.csv#trial-1", "optuna-trials.csv#trial-2", "optuna-trials.csv#trial-4", "optuna-trials.csv#trial-5"],
            Read(dir, Table).Runs.Select(r => r.Id));
    }

    [Fact]
    public void The_objective_is_the_metric_value_and_numeric_user_attributes_are_metrics()
    {
        using var dir = new TempFolder();
        Run run = RunOf(Read(dir, Table), "optuna-trials.csv#trial-1");
        Assert.Equal(["val_accuracy", "value"], run.Series.Select(s => s.Name));
        Assert.Equal([0.3877], run.FindSeries("value")!.Values);
        Assert.Equal(["batch_size", "lr", "optimizer"], run.Params.Keys);
        Assert.Equal("COMPLETE", run.Status);
        Assert.Equal("optuna-trials", run.Study);
    }

    [Fact]
    public void The_objective_without_a_direction_has_no_assumed_role()
    {
        using var dir = new TempFolder();
        Assert.Equal(MetricRole.Other, Read(dir, Table).RunSet.Metrics["value"].Role);
    }

    [Fact]
    public void A_pruned_trial_keeps_its_status_and_text_attributes_are_not_read()
    {
        using var dir = new TempFolder();
        IngestResult result = Read(dir, Table);
        Assert.Equal("PRUNED", RunOf(result, "optuna-trials.csv#trial-2").Status);
        Assert.DoesNotContain(result.Runs, r => r.Params.ContainsKey("checkpoint") || r.FindSeries("checkpoint") is not null);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "LL001");
    }

    [Theory]
    [InlineData("values_0", "values_0")]
    [InlineData("values_accuracy", "accuracy")]
    [InlineData("value_loss", "loss")]
    [InlineData("value", "value")]
    [InlineData("params_lr", null)]
    public void Objective_columns_name_their_metric(string header, string? metric)
    {
        Assert.Equal(metric, Core.Ingest.Formats.Optuna.OptunaTrials.Objective(header));
    }
}
