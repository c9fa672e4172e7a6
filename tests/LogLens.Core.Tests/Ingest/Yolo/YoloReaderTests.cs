using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Yolo;

public sealed class YoloReaderTests
{
    private const string Results = """
                       epoch,      train/box_loss,   metrics/mAP_0.5,metrics/mAP_0.5:0.95,        val/box_loss
                           0,            0.081065,           0.11889,            0.049517,            0.067834
                           1,            0.071065,           0.21889,            0.089517,            0.057834
                           2,            0.061065,           0.31889,            0.129517,            0.047834

        """;

    [SkippableFact]
    public void Two_real_YOLOv5_runs_of_different_models_are_two_configs()
    {
        RunSet runs = RunIngestor.Ingest([RealLogs.Require("tensorboard", "WangRongsheng__CDNet-yolov5")], LogLensConfig.Default).RunSet;

        Assert.Equal(["yolov5n.pt", "yolov5s.pt"], runs.Runs.Select(r => r.Params["weights"]));
        Assert.Equal(2, runs.Groups.Select(g => g.ConfigKey).Distinct().Count());
        Assert.All(runs.Runs, r => Assert.Equal("SGD", r.Params["optimizer"]));
        Assert.All(runs.Runs, r => Assert.Equal("0.01", r.Params["lr0"]));
    }

    [Fact]
    public void An_ultralytics_folder_without_event_files_reads_results_csv_by_epoch()
    {
        using var folder = new TempFolder();
        folder.Write("runs/detect/train/args.yaml", "model: yolov8n.pt\nepochs: 3\nlr0: 0.01\nseed: 0\n");
        folder.Write("runs/detect/train/results.csv", Results);

        Run read = folder.Run("runs/detect/train");

        Assert.Equal(["yolo"], read.Formats.ToArray());
        Assert.Equal("yolov8n.pt", read.Params["model"]);
        Assert.Equal([0.0, 1, 2], read.FindSeries("metrics/mAP_0.5:0.95")!.Steps);
        Assert.Equal([0.081065, 0.071065, 0.061065], read.FindSeries("train/box_loss")!.Values);
    }

    [Fact]
    public void A_half_written_last_row_is_a_partial_file_and_the_rows_before_it_are_kept()
    {
        using var folder = new TempFolder();
        folder.Write("exp/opt.yaml", "weights: yolov5s.pt\nepochs: 3\n");
        folder.Write("exp/results.csv", "epoch,train/box_loss\n0,0.08\n1,0.07\n2");

        IngestResult result = folder.Ingest();

        Assert.Equal([0.0, 1], result.Runs.Single(r => r.Id == "exp").FindSeries("train/box_loss")!.Steps);
        Assert.Contains(result.Diagnostics, d => d.Code == IngestCodes.PartialFile && d.Line == 4);
    }
}
