using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Detection.Detectors;

public sealed class PlateauDetectorTests
{
    [Fact]
    public void Plateau_prefers_the_train_loss_over_the_eval_loss()
    {
        var random = new Random(300_300);
        double[] train = DynamicsRunSets.Converged(random, 0.5);
        Run run = EvalRunSets.Run("run", EvalRunSets.Series("train/loss", train), EvalRunSets.Series("eval/loss", [.. train.Where((_, i) => i % 10 == 0)], 10));
        Assert.Equal(["train/loss"], EvalRunSets.Detect(PlateauDetector.Default, run).Select(f => f.Subject.Metric));
    }
}
