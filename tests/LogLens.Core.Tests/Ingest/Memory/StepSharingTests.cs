using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Memory;

public sealed class StepSharingTests
{
    [Fact]
    public void Series_logged_on_the_same_rows_share_one_step_array()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.csv", "step,a,b,c\n1,0.1,0.2,\n2,0.3,0.4,0.5\n3,0.6,0.7,\n");
        Run run = dir.Run();
        Assert.Same(run.FindSeries("a")!.Steps, run.FindSeries("b")!.Steps);
    }

    [Fact]
    public void A_sparse_series_keeps_its_own_steps()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.csv", "step,a,b,c\n1,0.1,0.2,\n2,0.3,0.4,0.5\n3,0.6,0.7,\n");
        Run run = dir.Run();
        Assert.Equal([2.0], run.FindSeries("c")!.Steps);
        Assert.Equal([1.0, 2.0, 3.0], run.FindSeries("b")!.Steps);
    }

    [Fact]
    public void A_resumed_series_keeps_its_logging_order_in_the_built_run()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.csv", "step,a,b\n1,0.1,0.2\n2,0.3,0.4\n3,0.5,0.6\n2,0.7,0.8\n3,0.9,1.0\n");
        Run run = dir.Run();
        RawSeries raw = run.FindSeries("a")!.Raw!;
        Assert.Equal([1.0, 2, 3, 2, 3], raw.Steps);
        Assert.Equal([0, 0, 0, 1, 1], raw.Segments);
        Assert.Equal([0.1, 0.7, 0.9], run.FindSeries("a")!.Values);
    }

    [Fact]
    public void Runs_logged_at_the_same_steps_share_one_step_array_and_keep_their_values()
    {
        using var dir = new TempFolder();
        dir.Write("a/metrics.csv", "step,loss\n10,1.5\n20,1.25\n");
        dir.Write("b/metrics.csv", "step,loss,acc\n10,2.5,0.5\n20,2.25,\n");
        dir.Write("c/metrics.csv", "step,loss\n10,3.5\n30,3.25\n");
        IngestResult result = dir.Ingest();
        Run a = result.Runs.Single(r => r.Id == "a");
        Run b = result.Runs.Single(r => r.Id == "b");
        Run c = result.Runs.Single(r => r.Id == "c");
        Assert.Same(a.FindSeries("loss")!.Steps, b.FindSeries("loss")!.Steps);
        Assert.Equal([2.5, 2.25], b.FindSeries("loss")!.Values);
        Assert.Equal([10.0], b.FindSeries("acc")!.Steps);
        Assert.NotSame(a.FindSeries("loss")!.Steps, c.FindSeries("loss")!.Steps);
        Assert.Equal([10.0, 30], c.FindSeries("loss")!.Steps);
    }

    [Fact]
    public void Steps_that_differ_only_in_the_sign_of_zero_are_not_merged()
    {
        using var dir = new TempFolder();
        dir.Write("a/metrics.csv", "step,loss\n0,1.5\n1,1.25\n");
        dir.Write("b/metrics.csv", "step,loss\n-0,2.5\n1,2.25\n");
        IngestResult result = dir.Ingest();
        double first = result.Runs.Single(r => r.Id == "b").FindSeries("loss")!.Steps[0];
        Assert.True(double.IsNegative(first));
    }
}
