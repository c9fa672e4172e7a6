using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Configuration;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Detection.Detectors;

public sealed class UnresponsiveSliceDetectorTests
{
    [Fact]
    public void A_declared_slice_dataset_in_scores_that_no_parameter_moves_is_unresponsive()
    {
        var rng = new Random(3);
        var runs = new List<Run>();
        for (int lr = 0; lr < 3; lr++)
        {
            for (int seed = 0; seed < 3; seed++)
            {
                runs.Add(EvalRunSets.Run(
                    $"lr{lr}/s{seed}",
                    [("lr", lr.ToString(CultureInfo.InvariantCulture)), ("seed", seed.ToString(CultureInfo.InvariantCulture))],
                    scores: [new Score("support", "accuracy", 0.6 + (0.08 * lr) + (0.005 * EvalRunSets.Normal(rng)), 500), new Score("edge_cases", "accuracy", 0.5 + (0.005 * EvalRunSets.Normal(rng)), 200)]));
            }
        }

        var config = LogLensConfig.Default with { Slices = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("edge", ImmutableArray.Create("edge_cases"))]) };
        var finding = Assert.Single(EvalRunSets.Detect(UnresponsiveSliceDetector.Default, EvalRunSets.Set(runs, config)));

        Assert.Equal(("edge_cases", "accuracy", "support"), (finding.Subject.Slice, finding.Subject.Metric, finding.Subject.Dataset));
    }
}
