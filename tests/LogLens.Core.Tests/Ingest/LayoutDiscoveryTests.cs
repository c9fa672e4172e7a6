using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest;

public sealed class LayoutDiscoveryTests
{
    private static IngestResult Ingest(TempFolder dir, params IRunLayout[] layouts) =>
        RunIngestor.Ingest([dir.Path], LogLensConfig.Default, [.. layouts, .. DefaultLayouts.All]);

    [Fact]
    public void Two_formats_in_one_folder_are_joined_into_one_run_with_provenance()
    {
        using var dir = new TempFolder();
        dir.Write("run/state.json", "lr=0.1");
        dir.Write("run/metrics.csv", "step,loss\n1,0.5\n2,0.4\n");
        Run run = Assert.Single(Ingest(dir, new TestLayout("state.json")).Runs);
        Assert.Equal(["generic", "test"], run.Formats.ToArray());
        Assert.Equal(["run/state.json", "run/metrics.csv"], run.Sources.Select(s => s.Path));
        Assert.Equal(["lr"], run.Sources[0].Params.ToArray());
        Assert.Equal(["loss"], run.Sources[1].Metrics.ToArray());
    }

    [Fact]
    public void A_claimed_file_is_not_read_again_by_a_later_layout()
    {
        using var dir = new TempFolder();
        dir.Write("run/params.json", """{"lr": 0.1}""");
        Run run = Assert.Single(Ingest(dir, new TestLayout("params.json")).Runs);
        Assert.Equal(["test"], run.Formats.ToArray());
        Assert.Single(run.Sources);
    }

    [Fact]
    public void A_claimed_subfolder_is_not_walked_into_a_run_of_its_own()
    {
        using var dir = new TempFolder();
        dir.Write("run/state.json", "lr=0.1");
        dir.Write("run/checkpoint-1/metrics.csv", "step,loss\n1,0.5\n");
        dir.Write("run/other/metrics.csv", "step,loss\n1,0.5\n");
        var result = Ingest(dir, new TestLayout("state.json", claims: ["checkpoint-1"]));
        Assert.Equal(["run", "run/other"], result.Runs.Select(r => r.Id));
    }

    [Fact]
    public void A_suffix_tells_apart_runs_found_in_the_same_folder()
    {
        using var dir = new TempFolder();
        dir.Write("run/state.json", "lr=0.1");
        dir.Write("run/metrics.csv", "step,loss\n1,0.5\n");
        var result = Ingest(dir, new TestLayout("state.json", suffix: "@b"));
        Assert.Equal(["run", "run@b"], result.Runs.Select(r => r.Id));
    }

    [Fact]
    public void A_layout_that_fails_on_one_folder_costs_only_that_format_there()
    {
        using var dir = new TempFolder();
        dir.Write("bad/state.json", "{}");
        dir.Write("bad/metrics.csv", "step,loss\n1,0.5\n");
        dir.Write("good/metrics.csv", "step,loss\n1,0.5\n");
        var result = Ingest(dir, new TestLayout("state.json", failure: new InvalidDataException("garbled")));
        Assert.Equal(["bad", "good"], result.Runs.Select(r => r.Id));
        Diagnostic d = Assert.Single(result.Diagnostics, d => d.Code == "LL001");
        Assert.Equal("bad", d.Path);
        Assert.Contains("garbled", d.Message, StringComparison.Ordinal);
    }
}
