using LogLens.Core.Configuration;
using LogLens.Core.Detection;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Model;
using static LogLens.Core.Tests.Detection.SystemRunSets;

namespace LogLens.Core.Tests.Detection.Detectors;

public sealed class TopKConflictDetectorTests
{
    private static readonly AnalysisOptions Options = new(Seed: 1, Resamples: 200, Permutations: 200);

    [Fact]
    public void A_lower_is_better_metric_that_rises_with_top_k_is_a_top_k_conflict()
    {
        RunSet falling = RagSimulationTests.TrendSweep(new Random(4), 1);
        var config = falling.Config with { Metrics = falling.Config.Metrics.SetItem(Metric, new MetricSetting(MetricRole.Business, false)) };
        RunSet rising = RunSet.Create(falling.Runs.Select(r => r with { Scores = [r.Scores[0] with { Value = -r.Scores[0].Value }] }), config);
        Assert.Single(TopKConflictDetector.Default.Detect(new AnalysisContext(falling, Options)));
        Assert.Single(TopKConflictDetector.Default.Detect(new AnalysisContext(rising, Options)));
    }
}
