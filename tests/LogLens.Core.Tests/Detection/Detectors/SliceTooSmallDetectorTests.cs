using LogLens.Core.Detection.Detectors;

namespace LogLens.Core.Tests.Detection.Detectors;

public sealed class SliceTooSmallDetectorTests
{
    [Fact]
    public void A_slice_with_ten_items_is_too_small_and_names_the_items_needed()
    {
        var runs = EvalRunSets.SampleSet([.. SliceRunSets.Prompts(new Random(1), "tiny", 10, 0.5), .. SliceRunSets.Prompts(new Random(2), "big", 100, 0.7)]);

        var finding = Assert.Single(EvalRunSets.Detect(SliceTooSmallDetector.Default, runs));
        Assert.Equal("tiny", finding.Subject.Slice);
        Assert.Equal(SliceTooSmallDetector.ItemsNeeded((double)finding.Evidence["slice_mean"]!), finding.Evidence["items_needed"]);
    }

    [Fact]
    public void The_items_needed_for_a_ten_point_change_at_one_half_are_393() =>
        Assert.Equal(393, SliceTooSmallDetector.ItemsNeeded(0.5));
}
