using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Detection;

/// <summary>The families of one checklist question share α (docs/methods.md, "Multiplicity").</summary>
public sealed class QuestionFamiliesTests
{
    private static readonly FindingDescriptor[] DefaultCodes = [.. DefaultDetectors.All.SelectMany(d => d.Descriptors)];

    [Theory]
    [InlineData(Question.Data, 1)]
    [InlineData(Question.Evaluation, 5)]
    [InlineData(Question.System, 2)]
    [InlineData(Question.Retrieval, 2)]
    [InlineData(Question.Uninterpretable, 0)]
    [InlineData(Question.Dynamics, 0)]
    public void The_default_detectors_give_each_question_the_documented_number_of_families(Question question, int families) =>
        Assert.Equal(families, QuestionFamilies.Count(question, DefaultCodes));

    [Theory]
    [InlineData("LL303", 0.01)]
    [InlineData("LL304", 0.01)]
    [InlineData("LL202", 0.05)]
    [InlineData("LL401", 0.025)]
    [InlineData("LL502", 0.025)]
    [InlineData("LL601", 0.05)] // flagged when the test does not reject: never a smaller α
    [InlineData("LL603", 0.05)] // decided as compare decides it
    [InlineData("LL103", 0.05)]
    public void Each_code_rejects_at_its_questions_share_of_alpha(string code, double alpha) =>
        Assert.Equal(alpha, QuestionFamilies.Alpha(0.05, FindingCatalog.Get(code), DefaultCodes), 12);

    [Fact]
    public void The_share_follows_the_detectors_that_run() =>
        Assert.Equal(0.05 / 3, QuestionFamilies.Alpha(0.05, FindingCatalog.ProxyAntiCorrelated, ProxyBusinessRankDetector.Default.Descriptors), 12);

    /// <summary>
    /// Twelve configs whose proxy and business ranks disagree at τ-b −0.485, exact two-sided p 0.031: an
    /// anti-correlation LL303 reports when it is the question's only family, and not when it shares the evaluation
    /// question's α with four other families (0.01).
    /// </summary>
    [Fact]
    public void A_rank_anticorrelation_at_p_003_is_flagged_only_when_the_question_has_no_other_family()
    {
        int[] business = [7, 11, 10, 9, 5, 12, 6, 2, 4, 3, 8, 1];
        var runs = new List<Run>();
        for (int c = 0; c < business.Length; c++)
        {
            for (int s = 0; s < 2; s++)
            {
                double jitter = s == 0 ? -0.0005 : 0.0005;
                runs.Add(EvalRunSets.Run(
                    $"c{c:00}-s{s}",
                    [("lr", $"c{c:00}"), ("seed", $"{s}")],
                    scores: [new Score(RunSet.DefaultDataset, "eval/loss", 2 - (0.05 * c) + jitter), new Score(RunSet.DefaultDataset, "eval/accuracy", 0.5 + (0.02 * business[c]) + jitter)]));
            }
        }

        RunSet set = EvalRunSets.Set(runs);
        TestResult tau = KendallTau.TauB([.. Enumerable.Range(0, 12).Select(c => (double)c)], [.. business.Select(b => (double)b)]);
        Assert.InRange(tau.P, 0.01, 0.05);

        var shared = ProxyBusinessRankDetector.Default.Detect(new AnalysisContext(set)).ToList();
        var alone = ProxyBusinessRankDetector.Default.Detect(new AnalysisContext(set, descriptors: [FindingCatalog.ProxyAntiCorrelated])).ToList();

        Assert.DoesNotContain(shared, f => f.Code == "LL303");
        Assert.Contains(alone, f => f.Code == "LL303");
    }
}
