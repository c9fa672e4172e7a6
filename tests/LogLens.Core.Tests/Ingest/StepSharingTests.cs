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
}
