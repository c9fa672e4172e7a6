using LogLens.Core.Configuration;
using LogLens.Core.Detection;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Model;
using Xunit.Abstractions;
using static LogLens.Core.Tests.Detection.SystemRunSets;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>
/// docs/methods.md for LL401–LL403: false-positive rate ≤ α + 2.6·SE and power on generated sweeps, R = 200 from fixed
/// master seeds (2000 with LOGLENS_LONG_SIMULATIONS=1).
/// </summary>
public sealed class SystemSimulationTests(ITestOutputHelper output)
{
    private static readonly AnalysisOptions Options = new(Seed: 3, Resamples: 200, Permutations: 200);
    private static readonly string[] Lrs = ["1e-5", "3e-5", "1e-4", "3e-4"], Temperatures = ["0.2", "0.7", "1.0"], Ranks = ["8", "16", "32"];

    [Fact]
    public void LL401_with_a_tolerance_is_raised_at_most_at_the_nominal_rate_when_the_best_setting_sits_at_the_tolerance()
    {
        var config = LogLensConfig.Default with { Thresholds = new Thresholds { RuleTolerance = 0.05 } };
        double rate = Rate("LL401 best setting at τ = 0.05", 401_000, r => Fires(RuleSliceDetector.Default, RuleSweep(r, [0.05, 0.2, 0.2, 0.3, 0.3, 0.4], config)));
        Assert.InRange(rate, 0, EvalRunSets.FalsePositiveBound(Replicates));
    }

    [Fact]
    public void LL401_never_fires_when_one_setting_keeps_the_rule()
    {
        double rate = Rate("LL401 one clean setting", 401_100, r => Fires(RuleSliceDetector.Default, RuleSweep(r, [0, 0.2, 0.2, 0.3, 0.3, 0.4])));
        Assert.Equal(0, rate);
    }

    [Fact]
    public void LL401_finds_a_five_percent_violation_rate_at_every_setting()
    {
        double rate = Rate("LL401 5% everywhere, τ = 0", 401_200, r => Fires(RuleSliceDetector.Default, RuleSweep(r, [0.05, 0.05, 0.05, 0.05, 0.05, 0.05])));
        Assert.True(rate >= EvalRunSets.PowerBound(Replicates, 0.9), $"power {rate}");
    }

    [Fact]
    public void LL402_is_raised_at_most_at_the_nominal_rate_when_temperature_moves_refusal()
    {
        double rate = Rate("LL402 refusal responds to temperature", 402_000, r => Fires(RefusalUnresponsiveDetector.Default, RefusalSweep(r, [0.45, 0.6, 0.75])));
        Assert.InRange(rate, 0, EvalRunSets.FalsePositiveBound(Replicates));
    }

    [Fact]
    public void LL402_finds_refusal_stuck_at_sixty_percent_while_the_learning_rate_moves_the_business_metric()
    {
        double rate = Rate("LL402 refusal stuck at .6", 402_100, r => Fires(RefusalUnresponsiveDetector.Default, RefusalSweep(r, [0.6, 0.6, 0.6])));
        Assert.True(rate >= EvalRunSets.PowerBound(Replicates, 0.8), $"power {rate}");
    }

    [Fact]
    public void LL402_stays_silent_when_nothing_moves_the_business_metric_either()
    {
        double rate = Rate("LL402 refusal stuck, business flat", 402_200, r => Fires(RefusalUnresponsiveDetector.Default, RefusalSweep(r, [0.6, 0.6, 0.6], lrEffect: 0)));
        Assert.InRange(rate, 0, EvalRunSets.FalsePositiveBound(Replicates));
    }

    [Fact]
    public void LL403_is_raised_at_most_at_the_nominal_rate_when_five_percent_of_must_refuse_prompts_are_answered_confidently()
    {
        double rate = Rate("LL403 f = 0.05", 403_000, r => Fires(OverAnsweringDetector.Default, OverAnswerSweep(r, 0.05)));
        Assert.InRange(rate, 0, EvalRunSets.FalsePositiveBound(Replicates));
    }

    [Fact]
    public void LL403_finds_a_quarter_of_must_refuse_prompts_answered_confidently()
    {
        double rate = Rate("LL403 f = 0.25", 403_100, r => Fires(OverAnsweringDetector.Default, OverAnswerSweep(r, 0.25)));
        Assert.True(rate >= EvalRunSets.PowerBound(Replicates, 0.9), $"power {rate}");
    }

    /// <summary>6 settings × 3 seeds × 30 must-refuse prompts; setting c violates with probability rates[c].</summary>
    internal static RunSet RuleSweep(Random rng, double[] rates, LogLensConfig? config = null) =>
        Build(
            from c in Enumerable.Range(0, rates.Length)
            from seed in Enumerable.Range(1, 3)
            select new RunSpec([("policy_prompt", "v" + c)], seed, null, [.. Enumerable.Range(0, 30).Select(p => MustRefuse($"p{p}", 0, rng.NextDouble() >= rates[c]))]),
            config);

    /// <summary>docs/methods.md grid: lr × temperature × lora_r × 3 seeds; lr moves the business metric; refusal per temperature level.</summary>
    internal static RunSet RefusalSweep(Random rng, double[] refusalByTemperature, double lrEffect = 1)
    {
        var specs = new List<RunSpec>();
        foreach (var config in Grid(("learning_rate", Lrs), ("temperature", Temperatures), ("lora_r", Ranks)))
        {
            double business = lrEffect * (Level(config, "learning_rate", Lrs) - 1.5) / 1.5;
            double p = refusalByTemperature[Level(config, "temperature", Temperatures)];
            for (int seed = 1; seed <= 3; seed++)
            {
                specs.Add(new RunSpec(config, seed, business + Normal(rng), [.. Enumerable.Range(0, 10).Select(i => MustRefuse($"p{i}", 0, rng.NextDouble() < p))]));
            }
        }

        return Build(specs);
    }

    /// <summary>docs/methods.md shape: 200 must-refuse prompts × 8 samples; a share f answered confidently (p_mode .95), 30% unstable (p_mode .5 over 3 answers), the rest refused (p .9).</summary>
    internal static RunSet OverAnswerSweep(Random rng, double f)
    {
        var samples = new List<Sample>();
        for (int prompt = 0; prompt < 200; prompt++)
        {
            double u = rng.NextDouble();
            for (int i = 0; i < 8; i++)
            {
                double v = rng.NextDouble();
                (bool refused, string answer) = u < f
                    ? (false, v < 0.95 ? "The dose is 40 mg." : "The dose is 20 mg.")
                    : u < f + 0.3
                        ? (false, v < 0.5 ? "Answer A." : v < 0.75 ? "Answer B." : "Answer C.")
                        : (v < 0.9, v < 0.95 ? "Answer A." : "Answer B.");
                samples.Add(MustRefuse($"p{prompt}", i, refused, answer));
            }
        }

        return Build([new RunSpec([("temperature", "0.7")], 1, null, samples)]);
    }

    private static bool Fires(IDetector detector, RunSet runs) => detector.Detect(new AnalysisContext(runs, Options)).Any();

    private double Rate(string scenario, int masterSeed, Func<Random, bool> flagged)
    {
        double rate = EvalRunSets.Rate(Replicates, masterSeed, flagged);
        output.WriteLine($"{scenario}: rate {rate:0.000} (R = {Replicates})");
        return rate;
    }
}
