using LogLens.Core.Configuration;
using LogLens.Core.Model;

namespace LogLens.Cli.Tests.Commands;

/// <summary>`loglens init`: the written loglens.yaml loads back, holds what was inferred, explains itself, and is never overwritten by accident.</summary>
public sealed class InitCommandTests
{
    [Fact]
    public void Init_writes_a_config_that_loads_back_with_the_inferred_roles_slices_and_groups()
    {
        string dir = Copy("system-flagged");
        var (exit, output, _) = Cli.Run("init", dir);
        LogLensConfig config = LogLensConfigLoader.Load(Path.Combine(dir, "loglens.yaml"));

        Assert.Equal(0, exit);
        Assert.Contains("Wrote", output, StringComparison.Ordinal);
        Assert.Equal(MetricRole.Business, config.Metrics["eval/task_success"].Role);
        Assert.Equal(["must_refuse"], config.Slices["refusal"].ToArray());
        Assert.Equal(["temperature"], config.ParameterGroups["generation"].ToArray());
        Assert.Equal(["learning_rate"], config.ParameterGroups["training"].ToArray());
        Assert.Equal(LogLensConfig.Default.SeedKeys.ToArray(), config.SeedKeys.ToArray());
        Assert.Equal(LogLensConfig.Default.Thresholds, config.Thresholds);
    }

    [Fact]
    public void Init_writes_diagnostic_series_as_other_and_pairs_what_inference_decided()
    {
        string dir = Cli.TempDir();
        for (int i = 0; i < 2; i++)
        {
            string run = Directory.CreateDirectory(Path.Combine(dir, "run-" + i)).FullName;
            File.WriteAllText(Path.Combine(run, "params.json"), $"{{\"learning_rate\": 0.000{i + 1}}}");
            File.WriteAllText(Path.Combine(run, "metrics.csv"), "step,train/loss,eval/loss,eval/accuracy,grad_norm,train/learning_rate\n1,2.0,2.1,0.5,1.5,0.0001\n2,1.5,1.7,0.6,1.2,0.00009\n");
        }

        Cli.Run("init", dir);
        LogLensConfig config = LogLensConfigLoader.Load(Path.Combine(dir, "loglens.yaml"));

        Assert.Equal(MetricRole.Other, config.Metrics["grad_norm"].Role);
        Assert.Equal(MetricRole.Other, config.Metrics["train/learning_rate"].Role);
        Assert.Equal(MetricRole.Business, config.Metrics["eval/accuracy"].Role);
        Assert.Equal((MetricRole.Proxy, false), (config.Metrics["eval/loss"].Role, config.Metrics["eval/loss"].HigherIsBetter));
    }

    [Fact]
    public void Init_groups_retrieval_and_generation_parameters_of_a_rag_sweep()
    {
        string dir = Copy("rag-flagged");
        Cli.Run("init", dir);
        LogLensConfig config = LogLensConfigLoader.Load(Path.Combine(dir, "loglens.yaml"));
        Assert.Equal("chunk_size,top_k|temperature", string.Join(",", config.ParameterGroups["retrieval"]) + "|" + string.Join(",", config.ParameterGroups["generation"]));
    }

    [Fact]
    public void Every_section_of_the_written_file_is_explained_by_a_comment_above_it()
    {
        string dir = Copy("rag-flagged");
        Cli.Run("init", dir);
        string[] lines = File.ReadAllLines(Path.Combine(dir, "loglens.yaml"));
        var sections = lines.Select((l, i) => (Line: l, Index: i)).Where(l => l.Line.Length > 0 && char.IsLetter(l.Line[0])).ToList();
        Assert.Equal(["metrics", "seed_keys", "dataset_keys", "ignore_keys", "slices", "parameter_groups", "thresholds"], sections.Select(s => s.Line.Split(':')[0]).ToArray());
        Assert.All(sections, s => Assert.StartsWith("#", lines[s.Index - 1], StringComparison.Ordinal));
    }

    [Fact]
    public void Init_refuses_to_overwrite_an_existing_config_without_force()
    {
        string dir = Copy("rag-flagged");
        File.WriteAllText(Path.Combine(dir, "loglens.yaml"), "seed_keys: [seed]\n");
        var (exit, _, error) = Cli.Run("init", dir);
        Assert.Equal((2, "seed_keys: [seed]\n"), (exit, File.ReadAllText(Path.Combine(dir, "loglens.yaml"))));
        Assert.Contains("--force", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Force_replaces_even_an_invalid_config()
    {
        string dir = Copy("rag-flagged");
        File.WriteAllText(Path.Combine(dir, "loglens.yaml"), "not_a_key: 1\n");
        Assert.Equal(0, Cli.Run("init", dir, "--force").Exit);
        Assert.NotEmpty(LogLensConfigLoader.Load(Path.Combine(dir, "loglens.yaml")).ParameterGroups);
    }

    [Fact]
    public void A_folder_without_runs_is_a_usage_error_and_writes_nothing()
    {
        string dir = Cli.TempDir();
        Assert.Equal(2, Cli.Run("init", dir).Exit);
        Assert.False(File.Exists(Path.Combine(dir, "loglens.yaml")));
    }

    [Fact]
    public void Hostile_metric_names_are_quoted_so_the_file_still_loads_and_keeps_them()
    {
        string dir = Cli.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "run"));
        File.WriteAllText(Path.Combine(dir, "run", "params.json"), "{\"temperature\": 0.2, \"seed\": 1}\n");
        File.WriteAllText(Path.Combine(dir, "run", "metrics.jsonl"), "{\"step\": 1, \"it's: *odd #x\": 0.5, \"line\\nbreak: [1]\": 0.4}\n");
        Assert.Equal(0, Cli.Run("init", dir).Exit);
        LogLensConfig config = LogLensConfigLoader.Load(Path.Combine(dir, "loglens.yaml"));
        Assert.Contains("it's: *odd #x", config.Metrics.Keys);
        Assert.Contains("line\nbreak: [1]", config.Metrics.Keys);
    }

    private static string Copy(string scenario)
    {
        string target = Path.Combine(Cli.TempDir(), scenario);
        string source = Repo.Path("fixtures", "scenarios", scenario);
        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "loglens.yaml"))
        {
            string to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }
}
