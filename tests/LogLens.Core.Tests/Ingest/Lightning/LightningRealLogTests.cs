using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Lightning;

public sealed class LightningRealLogTests
{
    private const string Logs = "lightning_logs/";

    private static IngestResult Ingest() =>
        RunIngestor.Ingest([RealLogs.Require("lightning", "AIRI-Institute__genrisk")], LogLensConfig.Default);

    [SkippableFact]
    public void All_sixteen_version_folders_are_lightning_runs_without_diagnostics()
    {
        IngestResult result = Ingest();
        Assert.Equal(Enumerable.Range(0, 16).Select(i => Logs + "version_" + i).Order(StringComparer.Ordinal), result.Runs.Select(r => r.Id));
        Assert.All(result.Runs, r => Assert.Equal(["lightning"], r.Formats.ToArray()));
        Assert.All(result.Runs, r => Assert.Empty(r.Params));
        Assert.Empty(result.Diagnostics);
    }

    [SkippableFact]
    public void Both_files_of_a_version_folder_are_its_sources()
    {
        Run run = Ingest().Runs.Single(r => r.Id == Logs + "version_3");
        Assert.Equal([Logs + "version_3/hparams.yaml", Logs + "version_3/metrics.csv"], run.Sources.Select(s => s.Path));
        Assert.Equal(["epoch", "train_disc_loss", "train_gen_loss"], run.Series.Select(s => s.Name));
    }

    [SkippableFact]
    public void Negative_losses_and_row_counts_match_the_file()
    {
        Run run = Ingest().Runs.Single(r => r.Id == Logs + "version_10");
        MetricSeries disc = run.FindSeries("train_disc_loss")!;
        Assert.Equal(320, disc.Steps.Length);
        Assert.Equal((0.0, -0.12300229072570801), (disc.Steps[0], disc.Values[0]));
        Assert.Equal((319.0, 0.0035498887300491333), (disc.Steps[^1], disc.Values[^1]));
        Assert.Equal(-0.07218067348003387, run.FindSeries("train_gen_loss")!.Values[^1]);
        Assert.Equal(79.0, run.FindSeries("epoch")!.Values[^1]);
    }

    [SkippableFact]
    public void Nan_from_the_first_step_is_kept_not_dropped()
    {
        Run run = Ingest().Runs.Single(r => r.Id == Logs + "version_0");
        MetricSeries gen = run.FindSeries("train_gen_loss")!;
        Assert.Equal(320, gen.Values.Length);
        Assert.All(gen.Values, v => Assert.True(double.IsNaN(v)));
        Assert.Equal(1.6226933508321501e+24, run.FindSeries("train_disc_loss")!.Values[0]);
    }

    [SkippableFact]
    public void Short_runs_keep_their_own_length()
    {
        IngestResult result = Ingest();
        Assert.Equal(32, result.Runs.Single(r => r.Id == Logs + "version_4").FindSeries("train_gen_loss")!.Values.Length);
        Assert.Equal(1.0392124652862549, result.Runs.Single(r => r.Id == Logs + "version_4").FindSeries("train_gen_loss")!.Values[^1]);
        Assert.Equal(0.07913832366466522, result.Runs.Single(r => r.Id == Logs + "version_12").FindSeries("train_gen_loss")!.Values[99]);
    }

    [SkippableFact]
    public void The_losses_are_inferred_as_lower_is_better_proxies_and_epoch_as_other()
    {
        RunSet set = Ingest().RunSet;
        Assert.Equal((MetricRole.Proxy, false), (set.Metrics["train_gen_loss"].Role, set.Metrics["train_gen_loss"].HigherIsBetter));
        Assert.Equal(MetricRole.Other, set.Metrics["epoch"].Role);
    }
}
