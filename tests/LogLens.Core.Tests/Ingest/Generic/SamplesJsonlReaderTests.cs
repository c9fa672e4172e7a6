using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Generic;

public sealed class SamplesJsonlReaderTests
{
    [Fact]
    public void Every_sample_field_is_read()
    {
        using var dir = new TempFolder();
        dir.Write("samples.jsonl", """
            {"prompt_id": "p1", "sample": 2, "output": "Paris", "score": 1.0, "correct": true, "dataset": "geo", "slice": "edge", "expected": "Paris", "expect": "answer", "refused": false, "extra": {"x": [1]}}

            """);
        var sample = Assert.Single(dir.Run().Samples);
        Assert.Equal(new Sample("p1", 2, "Paris", 1.0, true, "geo", "edge", "Paris", "answer", false), sample);
    }

    [Fact]
    public void Missing_sample_indexes_count_up_per_prompt_and_numeric_ids_become_text()
    {
        using var dir = new TempFolder();
        dir.Write("samples.jsonl", "{\"prompt_id\": 7, \"output\": \"a\"}\n{\"prompt_id\": 7, \"output\": \"b\", \"correct\": 0}\n{\"prompt_id\": \"q\", \"output\": \"c\", \"expected\": 42}\n");
        var samples = dir.Run().Samples;
        Assert.Equal([("7", 0), ("7", 1), ("q", 0)], samples.Select(s => (s.PromptId, s.Index)));
        Assert.False(samples[1].Correct);
        Assert.Equal("42", samples[2].Expected);
    }

    [Fact]
    public void A_line_without_prompt_id_is_LL001_and_a_cut_last_line_LL002()
    {
        using var dir = new TempFolder();
        dir.Write("samples.jsonl", "{\"output\": \"a\"}\n{\"prompt_id\": \"p\", \"output\": \"b\"}\n{\"prompt_id\": \"p\", \"outp");
        var result = dir.Ingest();
        Assert.Equal([("LL001", 1L), ("LL002", 3L)], result.Diagnostics.Select(d => (d.Code, d.Line!.Value)));
        Assert.Single(result.Runs.Single().Samples);
    }
}
