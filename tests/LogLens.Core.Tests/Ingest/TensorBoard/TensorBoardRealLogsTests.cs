using System.Globalization;
using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.TensorBoard;

/// <summary>YOLOv5 runs written by PyTorch's SummaryWriter (../shared/real-logs/tensorboard), also logged to results.csv.</summary>
public sealed class TensorBoardRealLogsTests
{
    private static readonly string[] Metrics =
    [
        "metrics/mAP_0.5", "metrics/mAP_0.5:0.95", "metrics/precision", "metrics/recall",
        "train/box_loss", "train/cls_loss", "train/obj_loss", "val/box_loss", "val/cls_loss", "val/obj_loss",
        "x/lr0", "x/lr1", "x/lr2",
    ];

    private static IngestResult Ingest() =>
        RunIngestor.Ingest([RealLogs.Require("tensorboard", "WangRongsheng__CDNet-yolov5")], LogLensConfig.Default);

    [SkippableFact]
    public void Each_experiment_folder_is_one_run_with_every_scalar_tag_and_no_diagnostics()
    {
        IngestResult result = Ingest();
        Assert.Equal(["runs/train/exp1", "runs/train/exp2"], result.Runs.Select(r => r.Id));
        Assert.Empty(result.Diagnostics);
        Assert.All(result.Runs, run =>
        {
            // YOLOv5's opt.yaml and hyp.yaml beside the event files are the run's parameters; the metrics come from the events.
            Assert.Equal(["tensorboard", "yolo"], run.Formats.ToArray());
            Assert.Equal("100", run.Params["epochs"]);
            Assert.Equal(Metrics, run.Series.Select(s => s.Name));
            Assert.All(run.Series, s => Assert.Equal(Enumerable.Range(0, 100).Select(i => (double)i), s.Steps));
        });
    }

    [SkippableFact]
    public void Values_are_the_logged_float32_values()
    {
        IngestResult result = Ingest();
        Run exp1 = result.Runs.Single(r => r.Id == "runs/train/exp1");
        Run exp2 = result.Runs.Single(r => r.Id == "runs/train/exp2");
        Assert.Equal(0.08106536418199539, exp1.FindSeries("train/box_loss")!.Values[0]);
        Assert.Equal(0.012766295112669468, exp1.FindSeries("val/cls_loss")!.Values[1]);
        Assert.Equal(0.040243618190288544, exp2.FindSeries("x/lr2")!.Values[1]);
        Assert.Equal(0.8146342039108276, exp2.FindSeries("metrics/mAP_0.5:0.95")!.Values[99]);
        Assert.Equal(8.809362043393776e-05, exp2.FindSeries("train/cls_loss")!.Values[99]);
    }

    [SkippableFact]
    public void The_event_files_agree_with_yolov5s_results_csv_to_its_five_significant_digits()
    {
        IngestResult result = Ingest();
        foreach (Run run in result.Runs)
        {
            string csv = Path.Combine(result.Roots[0], run.Id, "results.csv");
            string[][] rows = [.. File.ReadAllLines(csv).Select(l => l.Split(',').Select(c => c.Trim()).ToArray())];
            Assert.Equal(["epoch", .. Metrics], rows[0].Take(1).Concat(rows[0].Skip(1).Order(StringComparer.Ordinal)));
            Assert.Equal(101, rows.Length);
            for (int column = 1; column < rows[0].Length; column++)
            {
                MetricSeries series = run.FindSeries(rows[0][column])!;
                foreach (string[] row in rows.Skip(1))
                {
                    int epoch = int.Parse(row[0], CultureInfo.InvariantCulture);
                    double expected = double.Parse(row[column], CultureInfo.InvariantCulture);
                    double actual = series.Values[Array.IndexOf(series.Steps, (double)epoch)];

                    // results.csv rounds the same Python float to 5 significant digits ('%20.5g'); the event holds it as float32.
                    Assert.True(Math.Abs(actual - expected) <= (5e-5 + 1.2e-7) * Math.Abs(expected), $"{run.Id} {rows[0][column]} epoch {epoch}: {actual} vs {expected}");
                }
            }
        }
    }

    [SkippableFact]
    public void Roles_are_inferred_from_the_yolov5_names()
    {
        RunSet set = Ingest().RunSet;
        Assert.Equal(MetricRole.Other, set.Metrics["x/lr0"].Role);
        Assert.Equal(MetricRole.Business, set.Metrics["metrics/mAP_0.5:0.95"].Role);
        Assert.Equal(MetricRole.Proxy, set.Metrics["val/box_loss"].Role);
        Assert.True(MetricNames.IsEval("val/box_loss"));
    }
}
