using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Mlflow;

public sealed class MlflowLayoutTests
{
    [Fact]
    public void Every_run_of_every_experiment_is_a_run_named_by_its_folder()
    {
        using var dir = new TempFolder();
        MlrunsWriter.Healthy(dir);
        MlrunsWriter.Experiment(dir, "mlruns/2", "other");
        MlrunsWriter.Run(dir, "mlruns/2/r2");
        MlrunsWriter.Experiment(dir, "mlruns/0", "Default");
        IngestResult result = dir.Ingest();
        Assert.Equal(["mlruns/1/r1", "mlruns/2/r2"], result.Runs.Select(r => r.Id));
        Assert.Equal("other", result.Runs[1].Params["mlflow.experiment"]);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Params_are_raw_text_one_file_per_key_including_multi_line_values_and_nested_keys()
    {
        using var dir = new TempFolder();
        string run = MlrunsWriter.Healthy(dir);
        MlrunsWriter.Param(dir, run, "prompt", "line one\nline two");
        MlrunsWriter.Param(dir, run, "model/name", "bert");
        MlrunsWriter.Param(dir, run, "lr2", "1e-05");
        Run read = dir.Run(run);
        Assert.Equal("line one\nline two", read.Params["prompt"]);
        Assert.Equal("bert", read.Params["model/name"]);
        Assert.Equal("1e-05", read.Params["lr2"]);
    }

    [Fact]
    public void The_run_name_tag_wins_over_meta_run_name_and_other_tags_are_not_params()
    {
        using var dir = new TempFolder();
        string run = MlrunsWriter.Healthy(dir);
        MlrunsWriter.Tag(dir, run, "mlflow.runName", "pretty-name");
        MlrunsWriter.Tag(dir, run, "mlflow.user", "me");
        MlrunsWriter.Tag(dir, run, "note", "free text");
        Run read = dir.Run(run);
        Assert.Equal("pretty-name", read.Params["mlflow.runName"]);
        Assert.False(read.Params.ContainsKey("mlflow.user"));
        Assert.False(read.Params.ContainsKey("note"));
    }

    [Theory]
    [InlineData("3", "FINISHED")]
    [InlineData("4", "FAILED")]
    [InlineData("5", "KILLED")]
    [InlineData("2", "SCHEDULED")]
    public void The_status_number_becomes_its_name(string status, string name)
    {
        using var dir = new TempFolder();
        MlrunsWriter.Experiment(dir, "mlruns/1", "exp");
        MlrunsWriter.Run(dir, "mlruns/1/r1", status: status);
        IngestResult result = dir.Ingest();
        Assert.Equal(name, result.Runs.Single().Params["mlflow.status"]);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_running_run_without_end_time_is_read_and_reported_in_progress()
    {
        using var dir = new TempFolder();
        MlrunsWriter.Experiment(dir, "mlruns/1", "exp");
        MlrunsWriter.Run(dir, "mlruns/1/r1", status: "1", endTime: "null");
        MlrunsWriter.Metric(dir, "mlruns/1/r1", "loss", "1 0.5 1\n");
        IngestResult result = dir.Ingest();
        Assert.Equal("RUNNING", result.Runs.Single().Params["mlflow.status"]);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL002", "mlruns/1/r1/meta.yaml"), (d.Code, d.Path));
        Assert.Contains("in progress", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_run_meta_yaml_being_rewritten_still_reads_the_run()
    {
        using var dir = new TempFolder();
        string run = MlrunsWriter.Healthy(dir);
        dir.Write(run + "/meta.yaml", "");
        IngestResult result = dir.Ingest();
        Run read = result.Runs.Single();
        Assert.Equal([1.0, 0.5], read.FindSeries("loss")!.Values);
        Assert.Equal(("LL002", run + "/meta.yaml"), (result.Diagnostics.Single().Code, result.Diagnostics.Single().Path));
    }

    [Fact]
    public void Deleted_runs_are_skipped_and_listed_in_one_diagnostic()
    {
        using var dir = new TempFolder();
        MlrunsWriter.Healthy(dir);
        MlrunsWriter.Run(dir, "mlruns/1/gone1", lifecycle: "deleted", runName: "old-one");
        MlrunsWriter.Run(dir, "mlruns/1/gone2", lifecycle: "deleted", runName: "old-two");
        MlrunsWriter.Metric(dir, "mlruns/1/gone1", "loss", "1 0.5 1\n");
        IngestResult result = dir.Ingest();
        Assert.Equal(["mlruns/1/r1"], result.Runs.Select(r => r.Id));
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL002", "mlruns/1"), (d.Code, d.Path));
        Assert.Equal("2 deleted run(s) skipped (lifecycle_stage: deleted): gone1 (old-one), gone2 (old-two)", d.Message);
    }

    [Fact]
    public void A_deleted_experiment_in_place_skips_all_its_runs_and_says_so()
    {
        using var dir = new TempFolder();
        MlrunsWriter.Experiment(dir, "mlruns/1", "gone", lifecycle: "deleted");
        MlrunsWriter.Run(dir, "mlruns/1/r1");
        IngestResult result = dir.Ingest();
        Assert.Empty(result.Runs);
        Assert.Contains("experiment 'gone' is deleted", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_trash_is_reported_and_the_model_registry_is_not_read_as_runs()
    {
        using var dir = new TempFolder();
        MlrunsWriter.Healthy(dir);
        MlrunsWriter.Experiment(dir, "mlruns/.trash/7", "binned");
        MlrunsWriter.Run(dir, "mlruns/.trash/7/r7");
        dir.Write("mlruns/models/clf/meta.yaml", "creation_timestamp: 1\nname: clf\n");
        dir.Write("mlruns/models/clf/version-1/meta.yaml", "run_id: r1\nsource: x\nstatus: READY\nversion: 1\n");
        dir.Write("mlruns/models/clf/version-1/metrics.csv", "step,loss\n1,0.5\n");
        IngestResult result = dir.Ingest();
        Assert.Equal(["mlruns/1/r1"], result.Runs.Select(r => r.Id));
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL002", "mlruns/.trash"), (d.Code, d.Path));
        Assert.Contains("1 deleted experiment(s) in the MLflow trash with 1 run(s) skipped: 'binned'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_whose_meta_yaml_has_no_run_uuid_take_their_id_from_the_folder_name()
    {
        using var dir = new TempFolder();
        MlrunsWriter.Experiment(dir, "mlruns/1", "exp");
        foreach (string id in new[] { "a1", "b2" })
        {
            // MLflow 2.x before run_uuid was written: the run's fields, no run_uuid or run_id.
            dir.Write($"mlruns/1/{id}/meta.yaml", "artifact_uri: file:///tmp/a\nend_time: 2\nentry_point_name: ''\nexperiment_id: '1'\n"
                + "lifecycle_stage: active\nname: ''\nsource_name: ''\nsource_type: 4\nstart_time: 1\nstatus: 3\nuser_id: me\n");
            MlrunsWriter.Metric(dir, $"mlruns/1/{id}", "loss", "1 1.0 0\n2 0.5 1\n");
        }

        IngestResult result = dir.Ingest();
        Assert.Equal(["mlruns/1/a1", "mlruns/1/b2"], result.Runs.Select(r => r.Id));
        Assert.All(result.Runs, r => Assert.Equal([1.0, 0.5], r.FindSeries("loss")!.Values));
        Assert.Empty(result.Diagnostics);

        IngestResult direct = RunIngestor.Ingest([Path.Combine(dir.Path, "mlruns/1/a1")], LogLens.Core.Configuration.LogLensConfig.Default);
        Assert.Equal(["."], direct.Runs.Select(r => r.Id));
        Assert.Equal("exp", direct.Runs[0].Params["mlflow.experiment"]);
    }

    [Fact]
    public void A_run_folder_given_directly_is_one_run_and_its_subfolders_are_not_walked()
    {
        using var dir = new TempFolder();
        string run = MlrunsWriter.Healthy(dir);
        dir.Write(run + "/artifacts/metrics.csv", "step,loss\n1,0.5\n");
        IngestResult result = RunIngestor.Ingest([Path.Combine(dir.Path, run)], LogLens.Core.Configuration.LogLensConfig.Default);
        Run read = Assert.Single(result.Runs);
        Assert.Equal(".", read.Id);
        Assert.Equal(["loss"], read.Series.Select(s => s.Name));
        Assert.Equal("exp", read.Params["mlflow.experiment"]);
    }

    [Fact]
    public void Artifacts_of_a_run_are_not_walked_into_runs_of_their_own()
    {
        using var dir = new TempFolder();
        string run = MlrunsWriter.Healthy(dir);
        dir.Write(run + "/artifacts/eval/metrics.csv", "step,acc\n1,0.5\n");
        Assert.Equal([run], dir.Ingest().Runs.Select(r => r.Id));
    }

    [Fact]
    public void Provenance_names_the_run_folder_as_the_mlflow_source()
    {
        using var dir = new TempFolder();
        string run = MlrunsWriter.Healthy(dir);
        RunSource source = Assert.Single(dir.Run(run).Sources);
        Assert.Equal((run, "mlflow"), (source.Path, source.Format));
        Assert.Equal(["loss"], source.Metrics.ToArray());
        Assert.Contains("lr", source.Params);
    }

    [Fact]
    public void A_folder_with_meta_yaml_that_is_not_mlflow_is_left_to_the_generic_layout()
    {
        using var dir = new TempFolder();
        dir.Write("run/meta.yaml", "author: me\n");
        dir.Write("run/metrics.csv", "step,loss\n1,0.5\n");
        Run read = Assert.Single(dir.Ingest().Runs);
        Assert.Equal(["generic"], read.Formats.ToArray());
    }

    [Fact]
    public void An_experiment_meta_yaml_caught_mid_rewrite_still_finds_its_runs_one_by_one()
    {
        using var dir = new TempFolder();
        string run = MlrunsWriter.Healthy(dir);
        dir.Write("mlruns/1/meta.yaml", "artifact_location: file:///x\nexperiment_id: '1");
        MlrunsWriter.Run(dir, "mlruns/1/gone", lifecycle: "deleted");
        IngestResult result = dir.Ingest();
        Run read = Assert.Single(result.Runs);
        Assert.Equal(run, read.Id);
        Assert.False(read.Params.ContainsKey("mlflow.experiment"));
        Assert.Equal(("LL002", "mlruns/1/gone"), (result.Diagnostics.Single().Code, result.Diagnostics.Single().Path));
    }

    [Fact]
    public void An_old_integer_experiment_id_is_still_an_experiment()
    {
        using var dir = new TempFolder();
        dir.Write("mlruns/3/meta.yaml", "artifact_location: /x\nexperiment_id: 3\nlifecycle_stage: active\nname: legacy\n");
        MlrunsWriter.Run(dir, "mlruns/3/r1");
        Assert.Equal("legacy", dir.Run("mlruns/3/r1").Params["mlflow.experiment"]);
    }
}
