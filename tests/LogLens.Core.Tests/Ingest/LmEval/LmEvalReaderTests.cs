using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.LmEval;

public sealed class LmEvalReaderTests
{
    /// <summary>A v0.4-style results file: metric,filter keys, "N/A" stderr, higher_is_better, n-samples.</summary>
    public const string V04 = """
        {"results": {"gsm8k": {"alias": "gsm8k", "exact_match,strict-match": 0.25, "exact_match_stderr,strict-match": 0.01,
                               "exact_match,flexible-extract": 0.3, "exact_match_stderr,flexible-extract": "N/A"},
                     "wikitext": {"alias": "wikitext", "word_perplexity,none": 31.5, "word_perplexity_stderr,none": "N/A"}},
         "versions": {"gsm8k": 3, "wikitext": 2},
         "higher_is_better": {"gsm8k": {"exact_match": true}, "wikitext": {"word_perplexity": false}},
         "n-samples": {"gsm8k": {"original": 1319, "effective": 200}},
         "config": {"model": "hf", "model_args": {"pretrained": "my/model", "dtype": "bfloat16"}, "random_seed": 0, "limit": 200, "batch_size": 8}}
        """;

    [Fact]
    public void A_v04_results_file_splits_metric_and_filter_on_the_last_comma()
    {
        using var dir = new TempFolder();
        dir.Write("out/my__model/results_2024-05-03T12-34-56.789012.json", V04);
        Run run = dir.Run("out/my__model");
        Assert.Equal(["exact_match,flexible-extract", "exact_match,strict-match", "word_perplexity"], run.Scores.Select(s => s.Metric).Order(StringComparer.Ordinal));
        Score strict = run.Scores.Single(s => s.Metric == "exact_match,strict-match");
        Assert.Equal(("gsm8k", 0.25, 0.01, 200), (strict.Dataset, strict.Value, strict.Stderr, strict.N));
        Assert.Null(run.Scores.Single(s => s.Metric == "exact_match,flexible-extract").Stderr);
    }

    [Fact]
    public void Higher_is_better_sets_the_metric_direction_over_the_name()
    {
        using var dir = new TempFolder();
        dir.Write("m/results_2024-01-01T00-00-00.json", V04.Replace("\"word_perplexity\": false", "\"word_perplexity\": true", StringComparison.Ordinal));
        RunSet set = dir.Ingest().RunSet;
        Assert.True(set.Metrics["word_perplexity"].HigherIsBetter);
        Assert.False(MetricNames.Infer("word_perplexity").HigherIsBetter);
    }

    [Fact]
    public void Config_and_model_args_become_params_without_runtime_settings()
    {
        using var dir = new TempFolder();
        dir.Write("m/results_2024-01-01T00-00-00.json", V04);
        Run run = dir.Run("m");
        Assert.Equal(
            new Dictionary<string, string> { ["limit"] = "200", ["model"] = "hf", ["model_args.dtype"] = "bfloat16", ["model_args.pretrained"] = "my/model", ["random_seed"] = "0" },
            run.Params);
    }

    [Fact]
    public void Results_files_are_recognised_by_content_whatever_their_name()
    {
        using var dir = new TempFolder();
        dir.Write("m/evaluation-output.json", V04);
        Assert.Equal(["lm-eval"], dir.Run("m").Formats.ToArray());
    }

    [Fact]
    public void The_generic_scores_json_is_not_taken_for_lm_eval()
    {
        using var dir = new TempFolder();
        dir.Write("r/scores.json", """{"results": {"acc": 0.5}}""");
        Assert.Equal(["generic"], dir.Run("r").Formats.ToArray());
    }

    [Fact]
    public void Two_evaluations_of_one_model_without_a_step_stay_two_runs()
    {
        using var dir = new TempFolder();
        dir.Write("m/results_2024-01-01T00-00-00.json", V04);
        dir.Write("m/results_2024-02-01T00-00-00.json", V04);
        Assert.Equal(["m/results_2024-01-01T00-00-00", "m/results_2024-02-01T00-00-00"], dir.Ingest().Runs.Select(r => r.Id));
    }

    [Fact]
    public void A_half_written_results_file_is_reported_and_costs_no_other_run()
    {
        using var dir = new TempFolder();
        dir.Write("live/results_2024-01-01T00-00-00.json", V04[..(V04.Length / 2)]);
        dir.Write("done/results_2024-01-01T00-00-00.json", V04);
        IngestResult result = dir.Ingest();
        Assert.Equal(["done", "live"], result.Runs.Select(r => r.Id));
        Assert.NotEmpty(result.Runs.Single(r => r.Id == "done").Scores);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal("live/results_2024-01-01T00-00-00.json", d.Path);
    }
}
