using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.LmEval;

public sealed class LmEvalSamplesTests
{
    private const string Date = "2024-05-03T12-34-56.789012";

    [Fact]
    public void Repeats_give_one_sample_per_response_of_the_document()
    {
        using var dir = new TempFolder();
        dir.Write($"m/results_{Date}.json", LmEvalReaderTests.V04);
        dir.Write($"m/samples_gsm8k_{Date}.jsonl",
            """{"doc_id": 0, "target": "42", "resps": [["42", "41", "42"]], "filtered_resps": ["42"], "filter": "maj@3", "exact_match": 1.0}""" + "\n"
            + """{"doc_id": 0, "target": "42", "resps": [["42", "41", "42"]], "filtered_resps": ["42"], "filter": "first", "exact_match": 1.0}""" + "\n");
        Run run = dir.Run("m");
        Assert.Equal(["42", "41", "42"], run.Samples.Select(s => s.Output));
        Assert.All(run.Samples, s => Assert.Equal(("gsm8k/0", "gsm8k", "42"), (s.PromptId, s.Dataset, s.Expected)));
        Assert.Equal([0, 1, 2], run.Samples.Select(s => s.Index));
    }

    [Fact]
    public void A_log_likelihood_document_is_one_sample_judged_by_its_accuracy()
    {
        using var dir = new TempFolder();
        dir.Write($"m/samples_arc_easy_{Date}.jsonl",
            """{"doc_id": 7, "target": 2, "resps": [[["-1.5", "False"]], [["-0.5", "True"]]], "filtered_resps": [["-1.5", "False"], ["-0.5", "True"]], "filter": "none", "acc": 0.0}""" + "\n");
        Sample sample = Assert.Single(dir.Run("m").Samples);
        Assert.Equal(("arc_easy/7", false, "2"), (sample.PromptId, sample.Correct, sample.Expected));
    }

    [Fact]
    public void The_legacy_json_array_form_is_read()
    {
        using var dir = new TempFolder();
        dir.Write("m/samples_wsc.json", """[{"doc_id": 1, "target": "yes", "resps": [["yes"]], "acc": 1}, {"doc_id": 2, "resps": [["no"]], "acc": 0}]""");
        Run run = dir.Run("m");
        Assert.Equal([true, false], run.Samples.Select(s => s.Correct));
        Assert.All(run.Samples, s => Assert.Equal("wsc", s.Dataset));
    }

    [Fact]
    public void A_partial_last_line_is_reported_as_in_progress_and_the_rest_is_kept()
    {
        using var dir = new TempFolder();
        dir.Write($"m/samples_gsm8k_{Date}.jsonl", """{"doc_id": 0, "resps": [["a", "b"]]}""" + "\n" + """{"doc_id": 1, "resps": [["c" """);
        var result = dir.Ingest();
        Assert.Equal(2, result.Runs.Single().Samples.Length);
        Assert.Equal("LL002", Assert.Single(result.Diagnostics).Code);
    }
}
