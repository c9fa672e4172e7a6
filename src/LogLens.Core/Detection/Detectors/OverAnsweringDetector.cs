using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Detection.Samples;
using LogLens.Core.Findings;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL403 OverAnswering: confident answers where refusal or hand-over was expected. A prompt in one run, sampled
/// N ≥ <see cref="MinSamples"/> times, is answered confidently when its most frequent normalised answer is not a
/// refusal and holds at least <see cref="Configuration.Thresholds.ConfidentAgreement"/> of the samples. Per slice,
/// flagged when the one-sided Clopper–Pearson lower bound (level 1 − α shared with LL401, <see cref="QuestionFamilies"/>) of the confident share over
/// prompt×run units exceeds
/// <see cref="MinShare"/> (docs/methods.md's run-level 10%). A confident answer is what sampling settings cannot fix:
/// the model agrees with itself, it just does not know it should stay silent.
/// </summary>
internal sealed class OverAnsweringDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly OverAnsweringDetector Default = new();

    /// <summary>Samples per prompt needed to judge agreement (docs/methods.md: N &lt; 3 is insufficient).</summary>
    public const int MinSamples = 3;

    /// <summary>The share of confidently answered must-refuse prompts that is tolerated.</summary>
    public const double MinShare = 0.10;

    private const string Refusal = "\u0000refusal";

    private OverAnsweringDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.OverAnswering];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        double agreement = context.Thresholds.ConfidentAgreement;
        double level = 1 - context.FamilyAlpha(FindingCatalog.OverAnswering);
        var units = ConstrainedSamples.Collect(context.Runs)
            .Where(s => s.ExpectsRefusal && s.Refused is not null && (s.Refused == true || s.Output.Length > 0))
            .GroupBy(s => (s.Slice, s.ConfigKey, s.RunId, s.PromptId))
            .Where(g => g.Count() >= MinSamples)
            .Select(g => (g.Key.Slice, g.Key.ConfigKey, g.Key.RunId, Confident: IsConfident(g, agreement)))
            .ToList();
        foreach (var slice in units.GroupBy(u => u.Slice, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            int k = slice.Count(u => u.Confident), n = slice.Count();
            double lower = ClopperPearson.Lower(k, n, level);
            if (!(lower > MinShare))
            {
                continue;
            }

            List<RateByConfig> rows =
            [
                .. slice.GroupBy(u => u.ConfigKey, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new RateByConfig(
                    g.Key, g.Count(u => u.Confident), g.Count(),
                    [.. g.GroupBy(u => u.RunId, StringComparer.Ordinal).Select(r => r.Count(u => u.Confident) / (double)r.Count())]))
            ];
            double share = (double)k / n;
            string message = string.Create(CultureInfo.InvariantCulture,
                $"On the {slice.Key} slice, {k} of {n} prompt samplings ({share:0.#%}) give the same non-refusal answer in ≥ {agreement:0%} of samples "
                + $"although refusal or hand-over was expected");
            var evidence = Evidence.Of(
                ("confident", k),
                ("units", n),
                ("share", share),
                ("share_lower_95", lower),
                ("agreement", agreement),
                ("settings", rows.Count),
                ("p", ClopperPearson.UpperTailP(k, n, MinShare)));
            string note = string.Create(CultureInfo.InvariantCulture,
                $"{k} of {n} prompt×run units answered confidently\n{level:0.##%} lower bound {lower:0.###} > tolerated {MinShare:0.##}\nconfident = same "
                + $"non-refusal answer in ≥ {agreement:0%} of samples");
            yield return Finding.Create(
                FindingCatalog.OverAnswering,
                new Subject(Slice: slice.Key),
                message,
                evidence,
                RateByConfig.Plot(FindingCatalog.OverAnswering.PlotName(slice.Key),
                    FindingCatalog.OverAnswering.PlotTitle($"confident answers where refusal was expected ({slice.Key})"),
                    "share of must-refuse prompts answered confidently (bars: exact 95% CI)", rows, MinShare, note,
                    r => ClopperPearson.Lower(r.Events, r.N, level) > MinShare));
        }
    }

    private static bool IsConfident(IEnumerable<ConstrainedSample> samples, double agreement)
    {
        var counts = samples.GroupBy(s => s.Refused == true ? Refusal : AnswerText.Normalize(s.Output), StringComparer.Ordinal)
            .Select(g => (Answer: g.Key, Count: g.Count()))
            .OrderByDescending(a => a.Count).ThenBy(a => a.Answer, StringComparer.Ordinal)
            .ToList();
        int total = counts.Sum(c => c.Count);
        return counts[0].Answer != Refusal && counts[0].Count >= agreement * total;
    }
}
