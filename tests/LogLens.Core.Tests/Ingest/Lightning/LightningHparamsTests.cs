using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Lightning;

public sealed class LightningHparamsTests
{
    private static IngestResult Read(string hparams)
    {
        using var dir = new TempFolder();
        dir.Write("lightning_logs/version_0/metrics.csv", "step,loss\n1,0.5\n");
        dir.Write("lightning_logs/version_0/hparams.yaml", hparams);
        return dir.Ingest();
    }

    private static Run Run(string hparams) => Read(hparams).Runs.Single();

    [Fact]
    public void Flat_and_nested_hparams_become_params_typed_like_params_yaml()
    {
        Run run = Run("lr: 1.0e-05\nbatch_size: 32\nmodel:\n  name: resnet\n  dropout: 0.1\nuse_amp: true\nscheduler: null\n");
        Assert.Equal("1e-05", run.Params["lr"]);
        Assert.Equal("32", run.Params["batch_size"]);
        Assert.Equal("resnet", run.Params["model.name"]);
        Assert.Equal("0.1", run.Params["model.dropout"]);
        Assert.Equal("true", run.Params["use_amp"]);
        Assert.Equal("null", run.Params["scheduler"]);
    }

    [Fact]
    public void A_python_tuple_is_a_list()
    {
        Run run = Run("betas: !!python/tuple\n- 0.9\n- 0.999\n");
        Assert.Equal("[0.9,0.999]", run.Params["betas"]);
    }

    [Fact]
    public void A_python_name_is_the_qualified_name()
    {
        Run run = Run("optimizer: !!python/name:torch.optim.adam.Adam ''\nact: !!python/name:torch.nn.ReLU\n");
        Assert.Equal("torch.optim.adam.Adam", run.Params["optimizer"]);
        Assert.Equal("torch.nn.ReLU", run.Params["act"]);
    }

    [Fact]
    public void A_python_object_mapping_is_flattened_as_attributes()
    {
        Run run = Run("args: !!python/object:argparse.Namespace\n  lr: 0.01\n  seed: 7\n");
        Assert.Equal("0.01", run.Params["args.lr"]);
        Assert.Equal("7", run.Params["args.seed"]);
    }

    [Fact]
    public void A_numpy_float64_scalar_is_its_number()
    {
        // np.float64(0.001) as PyYAML's yaml.dump writes it.
        Run run = Run("lr: !!python/object/apply:numpy.core.multiarray.scalar\n- !!python/object/apply:numpy.dtype\n  args:\n  - f8\n  - false\n  - true\n  state: !!python/tuple\n  - 3\n  - <\n  - null\n  - null\n  - null\n  - -1\n  - -1\n  - 0\n- !!binary |\n  /Knx0k1iUD8=\n");
        Assert.Equal("0.001", run.Params["lr"]);
    }

    [Fact]
    public void An_unknown_python_object_is_kept_as_text_with_its_tag()
    {
        Run run = Run("sched: !!python/object/apply:collections.OrderedDict\n- - - a\n    - 1\n");
        Assert.Equal("!!python/object/apply:collections.OrderedDict [[[\"a\",1]]]", run.Params["sched"]);
    }

    [Fact]
    public void Empty_braces_are_no_params_and_no_diagnostic()
    {
        IngestResult result = Read("{}\n");
        Assert.Empty(result.Runs.Single().Params);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_half_written_hparams_file_is_LL001_and_the_metrics_are_still_read()
    {
        IngestResult result = Read("model:\n  name: [resnet\n");
        Assert.Equal([0.5], result.Runs.Single().FindSeries("loss")!.Values);
        Assert.Equal(("LL001", "lightning_logs/version_0/hparams.yaml"), (result.Diagnostics.Single().Code, result.Diagnostics.Single().Path));
    }

    [Fact]
    public void A_list_at_the_top_is_LL001()
    {
        Assert.Equal("LL001", Read("- 1\n- 2\n").Diagnostics.Single().Code);
    }

    [Fact]
    public void An_alias_bomb_is_cut_off_with_LL001_instead_of_expanding()
    {
        var yaml = new System.Text.StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        }

        IngestResult result = Read(yaml.ToString());
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal("LL001", d.Code);
        Assert.Contains("aliases", d.Message, StringComparison.Ordinal);
    }
}
