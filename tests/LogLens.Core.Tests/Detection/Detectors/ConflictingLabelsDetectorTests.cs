using LogLens.Core.Detection.Detectors;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Detection.Detectors;

public sealed class ConflictingLabelsDetectorTests
{
    [Fact]
    public void Expected_answers_that_differ_only_in_formatting_are_not_a_conflict()
    {
        var runs = EvalRunSets.SampleSet([new Sample("q1", 0, "x", Expected: "1,000"), new Sample("q1", 1, "x", Expected: "1000.")]);

        Assert.Empty(EvalRunSets.Detect(ConflictingLabelsDetector.Default, runs));
    }

    [Fact]
    public void Different_expected_answers_for_one_prompt_are_a_conflict()
    {
        var runs = EvalRunSets.SampleSet([new Sample("q1", 0, "x", Expected: "refund"), new Sample("q1", 1, "x", Expected: "replace")]);

        Assert.Equal("LL204", Assert.Single(EvalRunSets.Detect(ConflictingLabelsDetector.Default, runs)).Code);
    }

    [Fact]
    public void The_same_answer_graded_both_correct_and_incorrect_is_a_conflict()
    {
        var runs = EvalRunSets.SampleSet([new Sample("q1", 0, "Paris", Correct: true), new Sample("q1", 1, "paris.", Correct: false)]);

        Assert.Equal(1, Assert.Single(EvalRunSets.Detect(ConflictingLabelsDetector.Default, runs)).Evidence["grading_conflicts"]);
    }
}
