using LogLens.Core.Analysis;
using LogLens.Core.Configuration;
using LogLens.Core.Detection;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Verdicts;

namespace LogLens.Core.Tests.Detection;

/// <summary>
/// Generated folders for the classes of mistake the real logs showed (docs/judgments.md): each is a whole analysis,
/// so the roll-up and the verdict are judged as a reviewer would read them.
/// </summary>
public sealed class JudgmentClassTests
{
    [Fact]
    public void A_sweep_where_40_of_110_runs_sit_at_ln_10_is_one_sweep_level_not_learning_finding()
    {
        var rng = new Random(110);
        var runs = new List<Run>();
        for (int i = 0; i < 110; i++)
        {
            bool stuck = i < 40;
            double[] loss = [.. Enumerable.Range(0, 50).Select(t =>
                (stuck ? Math.Log(10) : 0.3 + ((Math.Log(10) - 0.3) * Math.Exp(-t / 8.0))) + (0.003 * EvalRunSets.Normal(rng)))];
            runs.Add(EvalRunSets.Run($"sweep/run-{i:000}", [("learning_rate", (1e-4 * (1 + (i % 11))).ToString("G3", System.Globalization.CultureInfo.InvariantCulture)), ("seed", (i / 11).ToString(System.Globalization.CultureInfo.InvariantCulture))],
                [EvalRunSets.Series("eval/loss", loss)]));
        }

        AnalysisResult result = Analyzer.Analyze(EvalRunSets.Set(runs), new AnalysisOptions(Resamples: 200));

        Finding chance = Assert.Single(result.Findings, f => f.Code == "LL107");
        Assert.Equal(40, chance.Evidence["runs_affected"]);
        Assert.Equal(10, chance.Evidence["classes"]);
        Assert.Equal(VerdictKind.FixTrainingFirst, result.Verdict.Kind);
        Assert.Equal(40, result.Verdict.BrokenRuns.Length);
    }

    [Fact]
    public void Gradient_norms_and_learning_rates_are_never_judged_as_business_metrics()
    {
        var runs = Enumerable.Range(0, 6).Select(i => EvalRunSets.Run(
            $"run-{i}",
            [("learning_rate", (1e-5 * (i + 1)).ToString("G3", System.Globalization.CultureInfo.InvariantCulture))],
            [
                EvalRunSets.Series("train/loss", [.. Enumerable.Range(0, 30).Select(t => 2.0 * Math.Exp(-t / 10.0) + 0.1)]),
                EvalRunSets.Series("train/grad_norm_square", [.. Enumerable.Range(0, 30).Select(t => 1.0 + (0.1 * t * i))]),
                EvalRunSets.Series("train/learning_rate", [.. Enumerable.Range(0, 30).Select(t => 1e-4 * (30 - t))]),
                EvalRunSets.Series("throughput", [.. Enumerable.Range(0, 30).Select(t => 100.0 - t)]),
            ])).ToList();

        AnalysisResult result = Analyzer.Analyze(EvalRunSets.Set(runs), new AnalysisOptions(Resamples: 200));

        Assert.Empty(result.Runs.MetricsWithRole(MetricRole.Business));
        Assert.DoesNotContain(result.Findings, f => f.Code.StartsWith("LL3", StringComparison.Ordinal) || f.Code.StartsWith("LL6", StringComparison.Ordinal) || f.Code == "LL901");
        Finding assumed = Assert.Single(result.Findings, f => f.Code == "LL003");
        Assert.Contains("train/grad_norm_square", (string)assumed.Evidence["other"]!, StringComparison.Ordinal);
        Assert.Equal(VerdictKind.CantTellYet, result.Verdict.Kind);
        Assert.Contains(result.Verdict.Missing, m => m.StartsWith("log a business metric", StringComparison.Ordinal));
    }

    [Fact]
    public void A_single_diverged_run_beside_can_t_tells_is_fix_training_first_never_keep_tuning()
    {
        double[] healthy = [.. Enumerable.Range(0, 40).Select(t => 2.0 * Math.Exp(-t / 10.0) + 0.2)];
        double[] diverged = [.. Enumerable.Range(0, 40).Select(t => t < 20 ? 2.0 * Math.Exp(-t / 10.0) + 0.2 : 0.5 + (0.4 * (t - 20)))];
        var runs = new[]
        {
            EvalRunSets.Run("a", [("lr", "1e-5"), ("seed", "1")], [EvalRunSets.Series("train/loss", healthy)]),
            EvalRunSets.Run("b", [("lr", "1e-3"), ("seed", "1")], [EvalRunSets.Series("train/loss", diverged)]),
        };

        Verdict verdict = Analyzer.Analyze(EvalRunSets.Set(runs), new AnalysisOptions(Resamples: 200)).Verdict;

        Assert.Equal(VerdictKind.FixTrainingFirst, verdict.Kind);
        Assert.Equal(["b"], verdict.BrokenRuns.ToArray());
        Assert.StartsWith("Fix training first: run b is broken (LL102)", verdict.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public void A_max_position_embeddings_parameter_does_not_make_the_RAG_question_checkable()
    {
        var runs = Enumerable.Range(0, 4).Select(i => EvalRunSets.Run(
            $"run-{i}",
            [("model.max_position_embeddings", i < 2 ? "512" : "1024"), ("seed", (i % 2).ToString(System.Globalization.CultureInfo.InvariantCulture))],
            scores: [new Score("default", "accuracy", 0.7 + (0.01 * i))])).ToList();

        Verdict verdict = Analyzer.Analyze(EvalRunSets.Set(runs), new AnalysisOptions(Resamples: 200)).Verdict;

        Assert.Equal(Answer.CantTell, verdict.Checks.Single(c => c.Question == Question.Retrieval).Answer);
    }

    [Fact]
    public void An_eval_accuracy_is_compared_with_the_eval_loss_not_the_train_loss()
    {
        var proxies = new[] { "train/loss", "eval/loss", "test/loss" }.Select(n => MetricNames.Infer(n)).ToList();
        Assert.Equal("eval/loss", MetricNames.ProxyOf(MetricNames.Infer("eval/accuracy"), proxies)!.Name);
        Assert.Equal("test/loss", MetricNames.ProxyOf(MetricNames.Infer("test_accuracy"), proxies)!.Name);
        var tasks = new[] { "lambada_openai/ppl", "wikitext/word_perplexity" }.Select(n => MetricNames.Infer(n)).ToList();
        Assert.Equal("lambada_openai/ppl", MetricNames.ProxyOf(MetricNames.Infer("lambada_openai/acc"), tasks)!.Name);
        Assert.Null(MetricNames.ProxyOf(MetricNames.Infer("hendrycksTest-anatomy/acc"), tasks));
    }

    /// <summary>A loss that jumps to a new level at step 150 and stays: a spike that never recovered — unless it is a GAN's.</summary>
    [Theory]
    [InlineData("train/loss", true)]
    [InlineData("train_gen_loss", false)]
    [InlineData("train/critic_loss", false)]
    public void A_level_jump_is_a_spike_on_an_optimised_loss_and_the_game_on_an_adversarial_one(string name, bool flagged)
    {
        var rng = new Random(105);
        double[] values = [.. Enumerable.Range(0, 300).Select(t => (t == 150 || t == 151 ? 3.0 : t > 151 ? 1.4 : 1.0) + (0.01 * EvalRunSets.Normal(rng)))];
        var findings = EvalRunSets.Detect(LossSpikesDetector.Default, EvalRunSets.Run("run", EvalRunSets.Series(name, values)));
        Assert.Equal(flagged, findings.Any(f => f.Code == "LL105"));
    }
}
