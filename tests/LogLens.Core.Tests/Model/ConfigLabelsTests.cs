using LogLens.Core.Model;

namespace LogLens.Core.Tests.Model;

public sealed class ConfigLabelsTests
{
    [Fact]
    public void Labels_keep_only_the_parameters_that_differ_between_the_configs_shown()
    {
        string[] labels = [.. ConfigLabels.Differing(
        [
            "base_model=meta-llama/Llama-3-8B-Instruct,epochs=2,learning_rate=0.0002,lora_r=16,prompt_template=v1",
            "base_model=meta-llama/Llama-3-8B-Instruct,epochs=2,learning_rate=0.0002,lora_r=16,prompt_template=v2",
            "base_model=meta-llama/Llama-3-8B-Instruct,epochs=2,learning_rate=0.0001,lora_r=16,prompt_template=v2",
        ])];

        Assert.Equal(["learning_rate=0.0002, prompt_template=v1", "learning_rate=0.0002, prompt_template=v2", "learning_rate=0.0001, prompt_template=v2"], labels);
    }

    [Fact]
    public void A_parameter_only_some_configs_have_shows_as_unset_on_the_others()
    {
        string[] labels = [.. ConfigLabels.Differing(["lr=1,warmup=100", "lr=1"])];

        Assert.Equal(["warmup=100", "warmup=" + ConfigLabels.Unset], labels);
    }

    [Fact]
    public void One_config_alone_keeps_its_full_key() =>
        Assert.Equal(["epochs=2,lr=1"], ConfigLabels.Differing(["epochs=2,lr=1"]).ToArray());

    [Fact]
    public void Labels_are_aligned_with_the_input_order() =>
        Assert.Equal(["lr=3", "lr=1", "lr=2"], ConfigLabels.Differing(["a=0,lr=3", "a=0,lr=1", "a=0,lr=2"]).ToArray());

    [Fact]
    public void A_comma_inside_a_value_stays_in_that_value()
    {
        var parsed = ConfigLabels.Parse("lr=1,target_modules=q_proj,v_proj,warmup=10");

        Assert.Equal("q_proj,v_proj", parsed["target_modules"]);
        Assert.Equal(3, parsed.Count);
    }

    [Fact]
    public void Params_from_the_run_set_win_over_parsing_the_key()
    {
        var runs = Reporting.SampleResult.Create().Runs;
        string[] keys = [.. runs.Groups.Select(g => g.ConfigKey).Distinct().Order(StringComparer.Ordinal)];

        string[] labels = [.. ConfigLabels.Differing(keys, runs)];

        Assert.All(labels, l => Assert.StartsWith("learning_rate=", l, StringComparison.Ordinal));
    }

    [Fact]
    public void A_nested_parameter_shows_by_its_last_name_so_the_value_is_not_cut_off() =>
        Assert.Equal<string>(
            ["pretrained=bigscience/bloom-1b1", "pretrained=bigscience/bloom-3b"],
            [.. ConfigLabels.Differing(
            [
                "model=hf-causal,model_args.pretrained=bigscience/bloom-1b1",
                "model=hf-causal,model_args.pretrained=bigscience/bloom-3b",
            ])]);

    [Fact]
    public void A_last_name_two_differing_parameters_share_keeps_enough_of_the_path_to_tell_them_apart() =>
        Assert.Equal<string>(
            ["a.lr=1, b.lr=2", "a.lr=3, b.lr=4"],
            [.. ConfigLabels.Differing(["x.a.lr=1,x.b.lr=2", "x.a.lr=3,x.b.lr=4"])]);
}
