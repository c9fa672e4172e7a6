using LogLens.Core.Detection;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>Degenerate inputs: no exception and no false flag from any seed-noise or across-dataset detector.</summary>
public sealed class NoiseDetectorEdgeCaseTests
{
    private static readonly IDetector[] Detectors =
        [SeedNoiseDetector.Default, WinnerWithinNoiseDetector.Default, GeneralizationDetector.Default, RankDisagreementDetector.Default];

    public static TheoryData<string> Cases => ["one seed per config", "one config", "constant values", "NaN values", "empty"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Degenerate_input_gives_no_finding(string name)
    {
        RunSet runs = Build(name);
        var findings = Detectors.SelectMany(d => d.Detect(new AnalysisContext(runs, new AnalysisOptions(Resamples: 50, Permutations: 50)))).ToList();
        Assert.Empty(findings.Select(f => f.Message));
    }

    private static RunSet Build(string name)
    {
        var rows = new List<(string Config, string Dataset, int Seed, double Value)>();
        string[] datasets = ["a", "b", "c"];
        for (int c = 0; c < 4; c++)
        {
            for (int s = 0; s < 3; s++)
            {
                foreach (string d in datasets)
                {
                    double value = name switch
                    {
                        "one seed per config" when s > 0 => double.NaN,
                        "one seed per config" => c * 0.1,
                        "one config" when c > 0 => double.NaN,
                        "one config" => s * 0.1,
                        "constant values" => 0.5,
                        "NaN values" => double.NaN,
                        _ => double.NaN,
                    };
                    if (!double.IsNaN(value) || name == "NaN values")
                    {
                        rows.Add(($"cfg=c{c}", d, s, value));
                    }
                }
            }
        }

        return NoiseRunSets.Build(rows);
    }
}
