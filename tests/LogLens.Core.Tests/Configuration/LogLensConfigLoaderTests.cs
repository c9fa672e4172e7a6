using LogLens.Core.Configuration;
using LogLens.Core.Model;
using LogLens.Core.Tests.Ingest;

namespace LogLens.Core.Tests.Configuration;

public sealed class LogLensConfigLoaderTests
{
    private const string Full = """
        metrics:
          eval/accuracy: {role: business, direction: higher}
          eval/loss: {role: proxy, direction: lower}
          judge: {role: business}
        seed_keys: [seed, data_seed]
        dataset_key: dataset        # or dataset_keys: [..]
        ignore_keys: [output_dir]
        slices: {edge: [edge_cases], refusal: [must_refuse]}
        parameter_groups: {retrieval: [top_k, chunk_size], generation: [temperature, top_p]}
        thresholds: {alpha: 0.05, business_delta: 0.01, omega_squared: 0.02, icc_noise: 0.5, proxy_tau: 0.2, rank_agreement_w: 0.3, min_checkpoints: 5, min_configs: 6, overfit_rise: 0.02, num_classes: 4}
        """;

    [Fact]
    public void The_documented_schema_loads_every_section()
    {
        using var dir = new TempFolder();
        LogLensConfig config = LogLensConfigLoader.Load(dir.Write("loglens.yaml", Full));
        Assert.Equal(new MetricSetting(MetricRole.Business, true), config.Metrics["eval/accuracy"]);
        Assert.Equal(new MetricSetting(MetricRole.Proxy, false), config.Metrics["eval/loss"]);
        Assert.Equal(new MetricSetting(MetricRole.Business, null), config.Metrics["judge"]);
        Assert.Equal(["seed", "data_seed"], config.SeedKeys.ToArray());
        Assert.Equal(["dataset"], config.DatasetKeys.ToArray());
        Assert.Equal(["output_dir"], config.IgnoreKeys.ToArray());
        Assert.Equal(["must_refuse"], config.Slices["refusal"].ToArray());
        Assert.Equal(["top_k", "chunk_size"], config.ParameterGroups["retrieval"].ToArray());
        Assert.Equal(6, config.Thresholds.MinConfigs);
        Assert.Equal(0.3, config.Thresholds.RankAgreementW);
        Assert.Equal(0.8, config.Thresholds.Power);
        Assert.Equal(4, config.Thresholds.NumClasses);
        Assert.Equal(0.02, config.Thresholds.OmegaSquared);
    }

    [Fact]
    public void An_empty_file_gives_the_defaults()
    {
        using var dir = new TempFolder();
        Assert.Equal(LogLensConfig.Default, LogLensConfigLoader.Load(dir.Write("loglens.yaml", "# nothing yet\n")));
    }

    [Fact]
    public void An_unknown_key_is_an_error_naming_the_key_and_its_line()
    {
        using var dir = new TempFolder();
        string path = dir.Write("loglens.yaml", "seed_keys: [seed]\nthresholds:\n  alpah: 0.1\n");
        var e = Assert.Throws<ConfigException>(() => LogLensConfigLoader.Load(path));
        Assert.Equal(3L, e.Line);
        Assert.Contains("'alpah'", e.Message, StringComparison.Ordinal);
        Assert.StartsWith(path + ":3: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_top_level_key_is_an_error()
    {
        using var dir = new TempFolder();
        var e = Assert.Throws<ConfigException>(() => LogLensConfigLoader.Load(dir.Write("loglens.yaml", "metrics: {}\nseeds: [seed]\n")));
        Assert.Equal((2L, true), (e.Line, e.Reason.Contains("'seeds'", StringComparison.Ordinal)));
    }

    [Fact]
    public void Malformed_yaml_is_an_error_with_its_line()
    {
        using var dir = new TempFolder();
        var e = Assert.Throws<ConfigException>(() => LogLensConfigLoader.Load(dir.Write("loglens.yaml", "metrics:\n  acc: {role: business\nseed_keys: [seed]\n")));
        Assert.NotNull(e.Line);
        Assert.InRange(e.Line!.Value, 2, 3);
    }

    [Theory]
    [InlineData("metrics:\n  acc: {role: buisness}\n", "role")]
    [InlineData("metrics:\n  acc: {direction: up, role: proxy}\n", "direction")]
    [InlineData("metrics:\n  acc: {direction: higher}\n", "needs a role")]
    [InlineData("thresholds: {alpha: 1.5}\n", "between 0 and 1")]
    [InlineData("thresholds: {min_configs: 2.5}\n", "whole number")]
    [InlineData("thresholds: {alpha: lots}\n", "must be a number")]
    [InlineData("dataset_key: a\ndataset_keys: [b]\n", "not both")]
    [InlineData("- just\n- a list\n", "mapping")]
    public void Schema_violations_are_errors_that_say_what_is_wrong(string yaml, string expected)
    {
        using var dir = new TempFolder();
        var e = Assert.Throws<ConfigException>(() => LogLensConfigLoader.Load(dir.Write("loglens.yaml", yaml)));
        Assert.Contains(expected, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_returns_the_first_root_holding_loglens_yaml()
    {
        using var one = new TempFolder();
        using var two = new TempFolder();
        string expected = two.Write("loglens.yaml", "seed_keys: [seed]\n");
        two.Write("sub/loglens.yaml", "");
        Assert.Equal(expected, LogLensConfigLoader.Find([one.Path, Path.Combine(one.Path, "missing"), two.Path]));
        Assert.Null(LogLensConfigLoader.Find([one.Path, Path.Combine(two.Path, "sub", "..", "sub", "x")]));
    }
}
