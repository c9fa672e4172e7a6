namespace LogLens.Core.Tests.Ingest.Generic;

public sealed class ParamsReaderTests
{
    [Fact]
    public void Nested_json_params_are_flattened_with_dots_in_invariant_text()
    {
        using var dir = new TempFolder();
        dir.Write("params.json", """
            {"lr": 0.00001, "epochs": 3.0, "seed": 42, "bf16": true, "optim": {"name": "adamw", "betas": [0.9, 0.999]},
             "tags": ["a", "b"], "warmup": null, "empty": {}, "ratio": 0.1, "big": 1e20}
            """);
        var p = dir.Run().Params;
        Assert.Equal("1e-05", p["lr"]);
        Assert.Equal("3", p["epochs"]);
        Assert.Equal("42", p["seed"]);
        Assert.Equal("true", p["bf16"]);
        Assert.Equal("adamw", p["optim.name"]);
        Assert.Equal("[0.9,0.999]", p["optim.betas"]);
        Assert.Equal("[\"a\",\"b\"]", p["tags"]);
        Assert.Equal("null", p["warmup"]);
        Assert.Equal("{}", p["empty"]);
        Assert.Equal("0.1", p["ratio"]);
        Assert.Equal("1e+20", p["big"]);
    }

    [Fact]
    public void Yaml_params_give_the_same_text_as_the_equivalent_json()
    {
        using var dir = new TempFolder();
        dir.Write("a/params.json", """{"lr": 1e-5, "epochs": 3, "bf16": true, "optim": {"betas": [0.9, 0.999], "name": "adamw"}, "note": "1e-5"}""");
        dir.Write("b/params.yaml", "lr: 1e-5\nepochs: 3.0\nbf16: True\noptim:\n  betas: [0.9, 0.999]\n  name: adamw\nnote: \"1e-5\"\n");
        var runs = dir.Ingest().Runs;
        Assert.Equal(runs[0].Params, runs[1].Params);
    }

    [Fact]
    public void Bare_nan_and_infinity_in_params_json_are_read()
    {
        using var dir = new TempFolder();
        dir.Write("params.json", """{"clip": NaN, "max": Infinity, "min": -Infinity, "name": "NaN Infinity"}""");
        var p = dir.Run().Params;
        Assert.Equal(("NaN", "Infinity", "-Infinity", "NaN Infinity"), (p["clip"], p["max"], p["min"], p["name"]));
    }

    [Fact]
    public void A_broken_params_json_is_LL001_and_the_metrics_are_still_read()
    {
        using var dir = new TempFolder();
        dir.Write("params.json", "{\"lr\": 0.1,\n \"seed\": }");
        dir.Write("metrics.csv", "step,loss\n1,0.5\n2,0.4\n");
        var result = dir.Ingest();
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL001", "params.json", 2L), (d.Code, d.Path, d.Line));
        Assert.Equal([0.5, 0.4], result.Runs.Single().FindSeries("loss")!.Values);
        Assert.Empty(result.Runs.Single().Params);
    }

    [Fact]
    public void Broken_yaml_params_report_LL001_with_the_line()
    {
        using var dir = new TempFolder();
        dir.Write("params.yml", "lr: 0.1\nseed: [1, 2\nother: 3\n");
        var d = Assert.Single(dir.Ingest().Diagnostics);
        Assert.Equal("LL001", d.Code);
        Assert.Equal("params.yml", d.Path);
        Assert.NotNull(d.Line);
    }

    [Fact]
    public void An_empty_params_file_is_LL002_partial()
    {
        using var dir = new TempFolder();
        dir.Write("params.json", "");
        dir.Write("metrics.csv", "step,loss\n1,0.5\n");
        var d = Assert.Single(dir.Ingest().Diagnostics);
        Assert.Equal("LL002", d.Code);
    }

    [Fact]
    public void A_json_array_instead_of_an_object_is_LL001()
    {
        using var dir = new TempFolder();
        dir.Write("params.json", "[1, 2]");
        Assert.Equal("LL001", Assert.Single(dir.Ingest().Diagnostics).Code);
    }
}
