using LogLens.Core.Model;
using static LogLens.Core.Tests.Ingest.Wandb.WandbFileWriter;

namespace LogLens.Core.Tests.Ingest.Wandb;

public sealed class WandbFilesTests
{
    private const string RunDir = "wandb/run-20240101_000000-abc";

    [Fact]
    public void A_legacy_config_with_desc_and_value_gives_the_values_without_wandb_keys()
    {
        using var dir = new TempFolder();
        dir.Write(RunDir + "/files/config.yaml", """
            wandb_version: 1

            _wandb:
              desc: null
              value:
                cli_version: 0.12.1
            learning_rate:
              desc: null
              value: 1.0e-05
            optimizer:
              desc: Optimizer settings
              value:
                name: adamw
                betas:
                - 0.9
                - 0.999
            """);
        Run run = dir.Run(RunDir);
        Assert.Equal(["learning_rate", "optimizer.betas", "optimizer.name"], run.Params.Keys);
        Assert.Equal("1e-05", run.Params["learning_rate"]);
        Assert.Equal("[0.9,0.999]", run.Params["optimizer.betas"]);
    }

    [Fact]
    public void A_new_config_with_value_only_gives_the_same_text_as_the_record_log()
    {
        using var dir = new TempFolder();
        dir.Write(RunDir + "/files/config.yaml", "_wandb:\n  value:\n    cli_version: 0.18.0\nlr:\n  value: 1e-05\nseed:\n  value: 3\n");
        dir.WriteBytes(RunDir + "/run-abc.wandb", Write(Config(("lr", "1e-05"), ("seed", "3"), ("only_in_log", "\"x\"")), Exit()));
        Run run = dir.Run(RunDir);
        Assert.Equal("1e-05", run.Params["lr"]);
        Assert.Equal("3", run.Params["seed"]);
        Assert.Equal("x", run.Params["only_in_log"]);
        Assert.Equal(["lr", "seed"], run.Sources.Single(s => s.Path.EndsWith("config.yaml", StringComparison.Ordinal)).Params.ToArray());
    }

    [Fact]
    public void The_summary_file_checks_the_history_and_adds_metrics_the_history_lacks()
    {
        using var dir = new TempFolder();
        dir.WriteBytes(RunDir + "/run-abc.wandb", Write(History(0, ("loss", "0.5")), History(1, ("loss", "0.4")), Exit()));
        dir.Write(RunDir + "/files/wandb-summary.json",
            """{"loss": 0.3, "eval/acc": 0.8, "img": {"_type": "image-file", "path": "x.png"}, "_step": 1, "_runtime": 12.5, "_wandb": {"runtime": 12}}""");
        Run run = dir.Run(RunDir);
        Assert.Equal([0.5, 0.4], run.FindSeries("loss")!.Values);
        Assert.Equal([1.0], run.FindSeries("eval/acc")!.Steps);
        Assert.Equal(["eval/acc", "loss"], run.Series.Select(s => s.Name));
        var diagnostics = dir.Ingest().Diagnostics;
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(RunDir + "/files/wandb-summary.json", d.Path));
        Assert.Contains(diagnostics, d => d.Message.Contains("history's last value is 0.4", StringComparison.Ordinal));
    }

    [Fact]
    public void NaN_in_the_summary_matches_NaN_in_the_history()
    {
        using var dir = new TempFolder();
        dir.WriteBytes(RunDir + "/run-abc.wandb", Write(History(0, ("loss", "NaN")), Exit()));
        dir.Write(RunDir + "/files/wandb-summary.json", """{"loss": NaN, "_step": 0}""");
        Assert.True(double.IsNaN(dir.Run(RunDir).FindSeries("loss")!.Values[0]));
        Assert.Empty(dir.Ingest().Diagnostics);
    }

    [Fact]
    public void A_half_written_summary_is_reported_and_the_history_kept()
    {
        using var dir = new TempFolder();
        dir.WriteBytes(RunDir + "/run-abc.wandb", Write(History(0, ("loss", "0.5")), Exit()));
        dir.Write(RunDir + "/files/wandb-summary.json", """{"loss": 0.5, "acc""");
        Assert.Equal([0.5], dir.Run(RunDir).FindSeries("loss")!.Values);
        Assert.Equal("LL001", Assert.Single(dir.Ingest().Diagnostics).Code);
    }

    [Fact]
    public void Wrong_types_in_config_and_summary_are_kept_as_text_or_skipped()
    {
        using var dir = new TempFolder();
        dir.Write(RunDir + "/files/config.yaml", "_wandb:\n  value: {}\nlr:\n  value: [1, 2]\nname: plain\n");
        dir.Write(RunDir + "/files/wandb-summary.json", """{"acc": "0.5", "ok": true, "loss": 0.25}""");
        Run run = dir.Run(RunDir);
        Assert.Equal("[1,2]", run.Params["lr"]);
        Assert.Equal("plain", run.Params["name"]);
        Assert.Equal(["loss"], run.Series.Select(s => s.Name));
    }
}
