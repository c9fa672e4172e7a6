using LogLens.Core.Model;
using WellKnown = Google.Protobuf.WellKnownTypes;

namespace LogLens.Core.Tests.Ingest.TensorBoard;

public sealed class TensorBoardParamsTests
{
    [Fact]
    public void The_trainer_args_text_becomes_parameters()
    {
        const string Args = """
            {"output_dir": "out", "learning_rate": 5e-05, "seed": 42, "fp16": true, "report_to": ["tensorboard"],
             "max_grad_norm": NaN, "lr_scheduler_kwargs": {"min_lr": 1e-06}, "resume_from_checkpoint": null}
            """;
        using var dir = new TempFolder();
        Run run = TensorBoardScalarTests.Ingest(dir, Events.Text("args", Args), Events.Text("model_config", """{"vocab_size": 10}""")).Runs.Single();
        Assert.Equal("5e-05", run.Params["learning_rate"]);
        Assert.Equal("42", run.Params["seed"]);
        Assert.Equal("true", run.Params["fp16"]);
        Assert.Equal("[\"tensorboard\"]", run.Params["report_to"]);
        Assert.Equal("NaN", run.Params["max_grad_norm"]);
        Assert.Equal("1e-06", run.Params["lr_scheduler_kwargs.min_lr"]);
        Assert.Equal("null", run.Params["resume_from_checkpoint"]);
        Assert.False(run.Params.ContainsKey("vocab_size"));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("[1, 2]")]
    public void Args_text_that_is_not_a_json_object_is_reported_and_the_scalars_kept(string text)
    {
        using var dir = new TempFolder();
        var result = TensorBoardScalarTests.Ingest(dir, Events.Text("args", text), Events.Scalar(1, "loss", 1));
        Assert.Empty(result.Runs.Single().Params);
        Assert.Equal(1, result.Runs.Single().FindSeries("loss")!.Count);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal("LL001", d.Code);
        Assert.Contains("'args/text_summary'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hparams_session_start_info_becomes_parameters()
    {
        using var dir = new TempFolder();
        Run run = TensorBoardScalarTests.Ingest(
            dir,
            Events.HParams(
                ("lr", WellKnown.Value.ForNumber(0.001)),
                ("batch_size", WellKnown.Value.ForNumber(32)),
                ("optimizer", WellKnown.Value.ForString("adam")),
                ("amp", WellKnown.Value.ForBool(false)),
                ("layers", WellKnown.Value.ForList(WellKnown.Value.ForNumber(2), WellKnown.Value.ForString("x"))))).Runs.Single();
        Assert.Equal(
            [("amp", "false"), ("batch_size", "32"), ("layers", "[2,\"x\"]"), ("lr", "0.001"), ("optimizer", "adam")],
            run.Params.Select(p => (p.Key, p.Value)));
    }
}
