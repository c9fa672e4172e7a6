using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.LmEval;

public sealed class LmEvalGroupsTests
{
    [Fact]
    public void Legacy_MMLU_subjects_become_one_group_with_the_mean_and_the_standard_error_of_a_mean()
    {
        using var dir = new TempFolder();
        dir.Write("m/results.json", """
            {"results": {
              "hendrycksTest-anatomy": {"acc": 0.30, "acc_stderr": 0.03},
              "hendrycksTest-astronomy": {"acc": 0.20, "acc_stderr": 0.04},
              "piqa": {"acc": 0.62, "acc_stderr": 0.01}},
             "versions": {"hendrycksTest-anatomy": 0, "hendrycksTest-astronomy": 0, "piqa": 0},
             "config": {"model": "hf-causal", "num_fewshot": 0}}
            """);

        Run run = Assert.Single(dir.Ingest().Runs);

        Assert.Equal(["mmlu", "piqa"], run.Scores.Select(s => s.Dataset).Distinct().Order(StringComparer.Ordinal));
        Score mmlu = run.Scores.Single(s => s.Dataset == "mmlu");
        Assert.Equal(0.25, mmlu.Value, 12);
        Assert.Equal(Math.Sqrt((0.03 * 0.03) + (0.04 * 0.04)) / 2, mmlu.Stderr!.Value, 12);
    }

    [Fact]
    public void A_v04_file_that_reports_the_group_keeps_the_harness_number_and_drops_subjects_and_categories()
    {
        using var dir = new TempFolder();
        dir.Write("m/results_2024-01-01T00-00-00.json", """
            {"results": {
              "mmlu": {"acc,none": 0.41, "acc_stderr,none": 0.004},
              "mmlu_stem": {"acc,none": 0.35, "acc_stderr,none": 0.008},
              "mmlu_anatomy": {"acc,none": 0.30, "acc_stderr,none": 0.03},
              "arc_easy": {"acc,none": 0.70, "acc_stderr,none": 0.01}},
             "versions": {"mmlu": 1, "arc_easy": 1},
             "config": {"model": "hf", "num_fewshot": 5}}
            """);

        Run run = Assert.Single(dir.Ingest().Runs);

        Assert.Equal(["arc_easy", "mmlu"], run.Scores.Select(s => s.Dataset).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(0.41, run.Scores.Single(s => s.Dataset == "mmlu").Value);
    }
}
