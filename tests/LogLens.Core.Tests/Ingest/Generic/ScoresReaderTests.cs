using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Generic;

public sealed class ScoresReaderTests
{
    [Fact]
    public void Long_scores_csv_is_read_with_optional_n_and_stderr()
    {
        using var dir = new TempFolder();
        dir.Write("scores.csv", "dataset,metric,value,n,stderr\nheldout,accuracy,0.72,500,0.02\nedge,accuracy,nan,,\n");
        var result = dir.Ingest();
        Assert.Empty(result.Diagnostics);
        var scores = result.Runs.Single().Scores;
        Assert.Equal(new Score("heldout", "accuracy", 0.72, 500, 0.02), scores[0]);
        Assert.Equal("edge", scores[1].Dataset);
        Assert.True(double.IsNaN(scores[1].Value));
        Assert.Null(scores[1].N);
    }

    [Fact]
    public void A_bad_score_value_is_LL001_at_its_line()
    {
        using var dir = new TempFolder();
        dir.Write("scores.csv", "dataset,metric,value\nheldout,accuracy,0.7\nheldout,f1,n/a\n");
        var result = dir.Ingest();
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL001", 3L), (d.Code, d.Line));
        Assert.Single(result.Runs.Single().Scores);
    }

    [Fact]
    public void A_scores_csv_without_value_column_is_LL001()
    {
        using var dir = new TempFolder();
        dir.Write("scores.csv", "dataset,metric\nheldout,accuracy\n");
        Assert.Equal("LL001", Assert.Single(dir.Ingest().Diagnostics).Code);
    }

    [Fact]
    public void Scores_json_array_form_is_read()
    {
        using var dir = new TempFolder();
        dir.Write("scores.json", """[{"dataset": "a", "metric": "acc", "value": 0.5, "n": 100, "stderr": 0.05}, {"metric": "acc", "value": NaN}]""");
        var scores = dir.Run().Scores;
        Assert.Equal(new Score("a", "acc", 0.5, 100, 0.05), scores[0]);
        Assert.Equal(RunSet.DefaultDataset, scores[1].Dataset);
        Assert.True(double.IsNaN(scores[1].Value));
    }

    [Fact]
    public void Scores_json_mapping_form_is_read()
    {
        using var dir = new TempFolder();
        dir.Write("scores.json", """{"heldout": {"acc": 0.7, "f1": {"value": 0.6, "n": 10}}, "edge": {"acc": "0.4"}}""");
        var scores = dir.Run().Scores;
        Score[] expected = [new("heldout", "acc", 0.7), new("heldout", "f1", 0.6, 10), new("edge", "acc", 0.4)];
        Assert.Equal(expected, scores.ToArray());
    }

    [Fact]
    public void A_non_numeric_json_score_is_LL001_and_the_others_are_kept()
    {
        using var dir = new TempFolder();
        dir.Write("scores.json", """{"heldout": {"acc": 0.7, "f1": "good"}}""");
        var result = dir.Ingest();
        Assert.Equal("LL001", Assert.Single(result.Diagnostics).Code);
        Assert.Equal(0.7, Assert.Single(result.Runs.Single().Scores).Value);
    }
}
