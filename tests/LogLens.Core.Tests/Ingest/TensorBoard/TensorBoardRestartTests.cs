using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.TensorBoard;

public sealed class TensorBoardRestartTests
{
    [Fact]
    public void After_a_session_start_the_later_steps_win_and_the_restart_is_reported_once()
    {
        using var dir = new TempFolder();
        var result = TensorBoardScalarTests.Ingest(
            dir,
            Events.Scalar(1, "loss", 4), Events.Scalar(2, "loss", 3), Events.Scalar(3, "loss", 2), Events.Scalar(3, "acc", 0.5f),
            Events.Start(2),
            Events.Scalar(2, "loss", 2.5f), Events.Scalar(3, "loss", 1.5f), Events.Scalar(4, "loss", 1), Events.Scalar(2, "acc", 0.25f));
        Run run = result.Runs.Single();
        Assert.Equal([1.0, 2.0, 3.0, 4.0], run.FindSeries("loss")!.Steps);
        Assert.Equal([4.0, 2.5, 1.5, 1.0], run.FindSeries("loss")!.Values);
        Assert.Equal([0.25], run.FindSeries("acc")!.Values);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal("LL005", d.Code);
        Assert.Contains("after a restart (SessionLog START at byte offset", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_start_whose_steps_go_on_is_not_reported()
    {
        using var dir = new TempFolder();
        var result = TensorBoardScalarTests.Ingest(dir, Events.Start(0), Events.Scalar(1, "loss", 2), Events.Start(2), Events.Scalar(2, "loss", 1));
        Assert.Equal([2.0, 1.0], result.Runs.Single().FindSeries("loss")!.Values);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Several_files_in_a_folder_are_read_in_name_order_and_a_resume_across_them_is_reported_on_the_later_file()
    {
        using var dir = new TempFolder();
        dir.WriteBytes("run/events.out.tfevents.1700000500.host.2.0", EventFile.Bytes(Events.Version(), Events.Scalar(2, "loss", 2.5f), Events.Scalar(3, "loss", 1.5f)));
        dir.WriteBytes("run/events.out.tfevents.1700000000.host.1.0", EventFile.Bytes(Events.Version(), Events.Scalar(1, "loss", 4), Events.Scalar(2, "loss", 3), Events.Scalar(3, "loss", 2)));
        dir.WriteBytes("run/events.out.tfevents.1700000000.host.profile-empty", []);
        var result = dir.Ingest();
        Run run = result.Runs.Single();
        Assert.Equal([4.0, 2.5, 1.5], run.FindSeries("loss")!.Values);
        Assert.Equal(2, run.Sources.Length);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL005", "run/events.out.tfevents.1700000500.host.2.0"), (d.Code, d.Path));
    }
}
