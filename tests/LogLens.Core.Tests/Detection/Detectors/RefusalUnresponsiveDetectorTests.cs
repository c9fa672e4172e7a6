using LogLens.Core.Detection;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using static LogLens.Core.Tests.Detection.SystemRunSets;

namespace LogLens.Core.Tests.Detection.Detectors;

public sealed class RefusalUnresponsiveDetectorTests
{
    private static readonly AnalysisOptions Options = new(Seed: 1, Resamples: 200, Permutations: 200);

    [Fact]
    public void Without_a_business_metric_LL402_uses_the_accuracy_on_answerable_samples_as_the_overall_metric()
    {
        var rng = new Random(21);
        string[] lrs = ["1e-5", "1e-4", "1e-3"];
        var specs = from config in Grid(("learning_rate", lrs), ("temperature", ["0.2", "0.7", "1.0"]))
                    from seed in Enumerable.Range(1, 3)
                    let accuracy = 0.3 + (0.3 * Level(config, "learning_rate", lrs))
                    select new RunSpec(config, seed, null,
                    [
                        .. Enumerable.Range(0, 20).Select(i => MustRefuse($"r{i}", 0, rng.NextDouble() < 0.6)),
                        .. Enumerable.Range(0, 40).Select(i => new Sample($"a{i}", 0, "Answer.", Expect: "answer", Correct: rng.NextDouble() < accuracy)),
                    ]);
        Finding finding = Assert.Single(RefusalUnresponsiveDetector.Default.Detect(new AnalysisContext(Build(specs), Options)));
        Assert.Equal(("accuracy on answerable samples", "learning_rate"), (finding.Evidence["overall_metric"], finding.Evidence["overall_parameter"]));
    }
}
