using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;

namespace LogLens.Core.Tests.Detection.Detectors;

public sealed class LossSpikesDetectorTests
{
    [Fact]
    public void Spike_evidence_lists_the_injected_steps()
    {
        double[] loss = [.. Enumerable.Repeat(1.0, 1000).Select((v, i) => v + (0.02 * Math.Sin(i * 1.7)) + (i is 200 or 500 or 800 ? 0.3 : 0))];
        Finding finding = Assert.Single(EvalRunSets.Detect(LossSpikesDetector.Default, DynamicsRunSets.TrainRun(loss)));
        Assert.Equal([200.0, 500.0, 800.0], (double[])finding.Evidence["first_spike_steps"]!);
    }
}
