using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Model;
using WellKnown = Google.Protobuf.WellKnownTypes;

namespace LogLens.Core.Tests.Ingest.TensorBoard;

public sealed class TensorBoardLayoutTests
{
    private static void Write(TempFolder dir, string folder, params LogLens.Core.Ingest.Formats.TensorBoard.Proto.Event[] events) =>
        dir.WriteBytes(folder + "/events.out.tfevents.1700000000.host.1.0", EventFile.Bytes([Events.Version(), .. events]));

    [Fact]
    public void Every_folder_holding_event_files_is_a_run()
    {
        using var dir = new TempFolder();
        Write(dir, "logs/a", Events.Scalar(1, "loss", 1));
        Write(dir, "logs/a/nested", Events.Scalar(1, "loss", 2));
        Write(dir, "logs/b", Events.Scalar(1, "loss", 3));
        dir.WriteBytes("logs/c/events.out.tfevents.1700000000.host.profile-empty", []);
        Assert.Equal(["logs/a", "logs/a/nested", "logs/b"], dir.Ingest().Runs.Select(r => r.Id));
    }

    [Fact]
    public void Keras_train_and_validation_folders_are_one_run_with_prefixed_metric_names()
    {
        using var dir = new TempFolder();
        Write(dir, "fit/train", Events.Scalar(0, "epoch_loss", 0.9f), Events.Scalar(0, "train/already", 1));
        Write(dir, "fit/validation", Events.Scalar(0, "epoch_loss", 1.1f), Events.Scalar(0, "evaluation_loss_vs_iterations", 1.1f));
        Run run = Assert.Single(dir.Ingest().Runs);
        Assert.Equal("fit", run.Id);
        Assert.Equal(["train/already", "train/epoch_loss", "validation/epoch_loss", "validation/evaluation_loss_vs_iterations"], run.Series.Select(s => s.Name));
        Assert.True(MetricNames.IsEval("validation/epoch_loss"));
        Assert.True(MetricNames.IsTrainLoss("train/epoch_loss"));
    }

    [Fact]
    public void Keras_hparams_in_the_parent_folder_join_the_train_and_validation_run()
    {
        using var dir = new TempFolder();
        Write(dir, "fit", Events.HParams(("units", WellKnown.Value.ForNumber(64))));
        Write(dir, "fit/train", Events.HParams(("units", WellKnown.Value.ForNumber(64))), Events.Scalar(0, "epoch_loss", 0.9f));
        Write(dir, "fit/validation", Events.Scalar(0, "epoch_loss", 1.1f));
        Run run = Assert.Single(dir.Ingest().Runs);
        Assert.Equal(("fit", "64"), (run.Id, run.Params["units"]));
        Assert.Equal(["train/epoch_loss", "validation/epoch_loss"], run.Series.Select(s => s.Name));
        Assert.Equal(["fit/", "fit/train/", "fit/validation/"], run.Sources.Select(s => s.Path[..(s.Path.LastIndexOf('/') + 1)]));
    }

    [Fact]
    public void A_lightning_tensorboard_logger_version_folder_reads_its_hparams_yaml()
    {
        using var dir = new TempFolder();
        Write(dir, "lightning_logs/version_0", Events.Scalar(1, "train_loss", 0.5f));
        dir.Write("lightning_logs/version_0/hparams.yaml", "lr: 0.001\nmodel:\n  layers: 4\n");
        Run run = Assert.Single(dir.Ingest().Runs);
        Assert.Equal(("0.001", "4"), (run.Params["lr"], run.Params["model.layers"]));
        Assert.Equal(["tensorboard"], run.Formats.ToArray());
        Assert.Equal(["lr", "model.layers"], run.Sources[0].Params.ToArray());
        Assert.Equal(1, run.FindSeries("train_loss")!.Count);
    }

    [Fact]
    public void A_train_folder_of_runs_without_event_files_of_its_own_is_not_keras()
    {
        using var dir = new TempFolder();
        Write(dir, "runs/train/exp1", Events.Scalar(0, "train/box_loss", 0.08f));
        Write(dir, "runs/train/exp2", Events.Scalar(0, "train/box_loss", 0.07f));
        Assert.Equal(["runs/train/exp1", "runs/train/exp2"], dir.Ingest().Runs.Select(r => r.Id));
    }

    [Fact]
    public void The_add_hparams_subfolder_joins_its_parent_run_as_parameters()
    {
        using var dir = new TempFolder();
        Write(dir, "runs/exp", Events.Scalar(1, "loss", 1), Events.Scalar(2, "loss", 0.5f));
        Write(dir, "runs/exp/1700000100.123", Events.HParams(("lr", WellKnown.Value.ForNumber(0.01))), Events.Scalar(0, "hparam/accuracy", 0.9f));
        Run run = Assert.Single(dir.Ingest().Runs);
        Assert.Equal("runs/exp", run.Id);
        Assert.Equal("0.01", run.Params["lr"]);
        Assert.Equal(["hparam/accuracy", "loss"], run.Series.Select(s => s.Name));
        Assert.Equal("runs/exp/1700000100.123/events.out.tfevents.1700000000.host.1.0", run.Sources[1].Path);
    }

    [Fact]
    public void Event_files_under_runs_of_an_hf_output_dir_join_the_output_dirs_run()
    {
        using var dir = new TempFolder();
        dir.Write("out/trainer_state.json", """{"global_step": 2, "log_history": []}""");
        dir.Write("out/params.json", """{"seed": 1}""");
        Write(dir, "out/runs/Mar05_12-00-00_host", Events.Text("args", """{"learning_rate": 0.0001}"""), Events.Scalar(2, "train/loss", 1));
        Run run = Assert.Single(dir.Ingest().Runs);
        Assert.Equal("out", run.Id);
        Assert.Equal(["generic", "hf-trainer", "tensorboard"], run.Formats.ToArray());
        Assert.Equal(("0.0001", "1"), (run.Params["learning_rate"], run.Params["seed"]));
    }

    [Fact]
    public void Launches_into_one_hf_output_dir_are_read_in_creation_order_not_folder_name_order()
    {
        using var dir = new TempFolder();
        dir.Write("out/all_results.json", """{"train_runtime": 1.0}""");
        dir.WriteBytes("out/runs/Apr01_00-00-00_host/events.out.tfevents.1711929600.host.2.0", EventFile.Bytes(Events.Version(), Events.Scalar(3, "train/loss", 2)));
        dir.WriteBytes("out/runs/Mar05_00-00-00_host/events.out.tfevents.1709596800.host.1.0", EventFile.Bytes(Events.Version(), Events.Scalar(1, "train/loss", 4), Events.Scalar(2, "train/loss", 3)));
        var result = RunIngestor.Ingest([dir.Path], LogLensConfig.Default);
        Run run = Assert.Single(result.Runs);
        Assert.Equal([4.0, 3.0, 2.0], run.FindSeries("train/loss")!.Values);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_runs_folder_outside_an_hf_output_dir_keeps_one_run_per_folder()
    {
        using var dir = new TempFolder();
        Write(dir, "proj/runs/a", Events.Scalar(1, "loss", 1));
        Assert.Equal(["proj/runs/a"], dir.Ingest().Runs.Select(r => r.Id));
    }
}
