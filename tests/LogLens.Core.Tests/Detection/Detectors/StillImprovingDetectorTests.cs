using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Detection.Detectors;

public sealed class StillImprovingDetectorTests
{
    [Fact]
    public void Still_improving_prefers_the_eval_loss_over_the_train_loss()
    {
        var random = new Random(300_400);
        double[] train = DynamicsRunSets.StillDecaying(random, 0.5);
        double[] eval = [.. Enumerable.Range(0, 100).Select(i => 1.0 - (0.005 * i) + (0.01 * EvalRunSets.Normal(random)))];
        Run run = EvalRunSets.Run("run", EvalRunSets.Series("train/loss", train), EvalRunSets.Series("eval/loss", eval, 10));
        Assert.Equal(["eval/loss"], EvalRunSets.Detect(StillImprovingDetector.Default, run).Select(f => f.Subject.Metric));
    }
}
