using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest;

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
}
