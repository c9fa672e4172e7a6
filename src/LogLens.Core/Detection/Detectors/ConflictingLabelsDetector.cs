using System.Collections.Immutable;
using LogLens.Core.Detection.Noise;
using LogLens.Core.Detection.Samples;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Plots;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL204 ConflictingLabels, per dataset, over the samples of every run: (1) a prompt whose <c>expected</c>
/// answers differ after <see cref="AnswerNormalizer"/> normalisation; (2) a prompt where the same normalised
/// output is graded <c>correct</c> in one sample and incorrect in another. Either way the model is being
/// taught or scored on both answers. A count, not a test: one conflicting prompt is already a labelling bug.
/// </summary>
internal sealed class ConflictingLabelsDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly ConflictingLabelsDetector Default = new();

    /// <summary>Conflicting prompts listed in the evidence and the plot.</summary>
    private const int Shown = 20;

    private ConflictingLabelsDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.ConflictingLabels];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var samples = context.Runs.Runs.SelectMany(r => r.Samples.Select(s => (Dataset: s.Dataset ?? context.Runs.Keys[r.Id].Dataset, Sample: s)));
        foreach (var dataset in samples.GroupBy(x => x.Dataset, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var prompts = dataset.GroupBy(x => x.Sample.PromptId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            var labelled = prompts.Where(p => p.Any(x => x.Sample.Expected is not null || x.Sample.Correct is not null)).ToList();
            var expected = labelled.Select(p => (Prompt: p.Key, Labels: Labels(p.Select(x => x.Sample)))).Where(p => p.Labels.Count > 1).ToList();
            var graded = labelled.Where(p => GradedBothWays(p.Select(x => x.Sample))).Select(p => p.Key).ToList();
            if (expected.Count + graded.Count > 0)
            {
                yield return Build(dataset.Key, labelled.Count, expected, graded);
            }
        }
    }

    private static Dictionary<string, int> Labels(IEnumerable<Sample> samples) =>
        samples.Where(s => s.Expected is not null).GroupBy(s => AnswerNormalizer.Normalize(s.Expected), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static bool GradedBothWays(IEnumerable<Sample> samples) =>
        samples.Where(s => s.Correct is not null).GroupBy(s => AnswerNormalizer.Normalize(s.Output), StringComparer.Ordinal)
            .Any(g => g.Any(s => s.Correct == true) && g.Any(s => s.Correct == false));

    private static Finding Build(string dataset, int labelled, List<(string Prompt, Dictionary<string, int> Labels)> expected, List<string> graded)
    {
        var prompts = expected.Select(e => e.Prompt).Union(graded, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        string examples = string.Join(", ", prompts.Take(5));
        string message = NoiseInputs.Format(
            $"{prompts.Count} of {labelled} labelled prompts in {dataset} have conflicting labels ({expected.Count} with different expected answers, ",
            $"{graded.Count} with the same answer graded both correct and incorrect), e.g. {examples}; fix the labels before tuning on them");
        var evidence = Evidence.Of(
            ("conflicting_prompts", prompts.Count),
            ("labelled_prompts", labelled),
            ("fraction", (double)prompts.Count / labelled),
            ("expected_conflicts", expected.Count),
            ("grading_conflicts", graded.Count),
            ("prompts", string.Join(", ", prompts.Take(Shown))));
        return Finding.Create(FindingCatalog.ConflictingLabels, new Subject(Dataset: dataset), message, evidence, Plot(dataset, expected));
    }

    private static PlotSpec Plot(string dataset, List<(string Prompt, Dictionary<string, int> Labels)> expected) =>
        new(FindingCatalog.ConflictingLabels.PlotName(dataset), PlotKind.Forest,
            FindingCatalog.ConflictingLabels.PlotTitle($"{expected.Count} prompts in {dataset} have more than one expected answer"),
            "prompt (expected answers)",
            "share of the prompt's samples whose expected answer differs from its most common one")
        {
            Categories =
            [
                .. expected.Take(Shown).Select(e =>
                {
                    double total = e.Labels.Values.Sum();
                    double minority = 1 - (e.Labels.Values.Max() / total);
                    string label = $"{e.Prompt} ({string.Join(" / ", e.Labels.Keys.Order(StringComparer.Ordinal))})";
                    return new PlotCategory(label, minority, double.NaN, double.NaN, [], true);
                }),
            ],
            ReferenceLine = 0,
            Note = expected.Count == 0 ? "no prompt has two expected answers; the conflicts are in grading (same answer, both correct and incorrect)" : null,
        };
}
