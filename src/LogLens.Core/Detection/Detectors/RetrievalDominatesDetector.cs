using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Configuration;
using LogLens.Core.Detection.Sweeps;
using LogLens.Core.Findings;
using LogLens.Core.Plots;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL501 RetrievalDominates: retrieval parameters explain more of the business metric than generation parameters.
/// Per business metric and dataset, the retrieval parameters' joint levels and the generation parameters' joint
/// levels are each tested against seed noise (F with pure error, or permutation; BH over groups × datasets per metric),
/// and their ω² compared. Flagged when the retrieval group's q ≤ α, ω²_retrieval − ω²_generation ≥ <see cref="Margin"/>
/// and the residual-bootstrap 95% CI of that difference lies above 0.
/// </summary>
internal sealed class RetrievalDominatesDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly RetrievalDominatesDetector Default = new();

    /// <summary>The practical margin on the ω² difference (10 points of explained variance).</summary>
    public const double Margin = 0.10;

    private RetrievalDominatesDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.RetrievalDominates];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var candidates = new List<Candidate>();
        foreach (var (metric, dataset, design) in RagInputs.Designs(context))
        {
            ImmutableArray<string> retrieval = RagInputs.InGroup(context, design, ParameterGroupNames.Retrieval);
            ImmutableArray<string> generation = RagInputs.InGroup(context, design, ParameterGroupNames.Generation);
            if (retrieval.IsEmpty || generation.IsEmpty)
            {
                continue;
            }

            string subject = $"{metric.Name}|{dataset}";
            candidates.Add(new Candidate(metric.Name, dataset, design, retrieval, generation,
                design.Test("retrieval", retrieval, context.Random(FindingCatalog.RetrievalDominates, subject + "|retrieval"), context.Options.Permutations),
                design.Test("generation", generation, context.Random(FindingCatalog.RetrievalDominates, subject + "|generation"),
                    context.Options.Permutations)));
        }

        foreach (var metric in candidates.GroupBy(c => c.Metric, StringComparer.Ordinal))
        {
            var list = metric.ToList();
            double[] q = BenjaminiHochberg.Adjust([.. list.SelectMany(c => new[] { c.Retrieval.P, c.Generation.P })]);
            for (int i = 0; i < list.Count; i++)
            {
                Candidate c = list[i] with { Retrieval = list[i].Retrieval with { Q = q[2 * i] }, Generation = list[i].Generation with { Q = q[(2 * i) + 1] } };
                double difference = c.Retrieval.OmegaSquared - c.Generation.OmegaSquared;
                if (!(c.Retrieval.Q <= context.FamilyAlpha(FindingCatalog.RetrievalDominates)) || !(difference >= Margin))
                {
                    continue;
                }

                Interval ci = c.Design.OmegaDifferenceInterval(c.Retrieval, c.Generation,
                    context.Random(FindingCatalog.RetrievalDominates, $"{c.Metric}|{c.Dataset}|difference"),
                    context.Options.Resamples);
                if (ci.Low > 0)
                {
                    yield return Build(context, c, difference, ci);
                }
            }
        }
    }

    private static Finding Build(AnalysisContext context, Candidate c, double difference, Interval ci)
    {
        string subject = $"{c.Metric}|{c.Dataset}";
        int resamples = EffectPlot.Resamples(context);
        string retrievalNames = string.Join(", ", c.RetrievalParameters), generationNames = string.Join(", ", c.GenerationParameters);
        string message = string.Create(CultureInfo.InvariantCulture,
            $"Retrieval parameters ({retrievalNames}) explain {c.Retrieval.OmegaSquared:0%} of the variance of {c.Metric} ({c.Dataset}); generation parameters "
            + $"({generationNames}) explain {c.Generation.OmegaSquared:0%} (difference {difference:0.00}, 95% CI [{ci.Low:0.00}, {ci.High:0.00}])");
        var evidence = Evidence.Of(
            ("omega_squared_retrieval", c.Retrieval.OmegaSquared),
            ("omega_squared_generation", c.Generation.OmegaSquared),
            ("difference", difference),
            ("difference_ci", new[] { ci.Low, ci.High }),
            ("q_retrieval", c.Retrieval.Q),
            ("q_generation", c.Generation.Q),
            ("f_retrieval", c.Retrieval.F),
            ("retrieval_parameters", retrievalNames),
            ("generation_parameters", generationNames),
            ("configs", c.Design.Cells.Count),
            ("runs", c.Design.N));
        ImmutableArray<ParameterEffect> each = c.Design.TestEach([.. c.RetrievalParameters, .. c.GenerationParameters],
            p => context.Random(FindingCatalog.RetrievalDominates, subject + "|each|" + p),
            context.Options.Permutations);
        var rows = new List<Plots.PlotCategory>
        {
            EffectPlot.Row($"retrieval ({retrievalNames})", c.Retrieval,
                c.Design.OmegaInterval(c.Retrieval, context.Random(FindingCatalog.RetrievalDominates, subject + "|ci|retrieval"), resamples), true),
            EffectPlot.Row($"generation ({generationNames})", c.Generation,
                c.Design.OmegaInterval(c.Generation, context.Random(FindingCatalog.RetrievalDominates, subject + "|ci|generation"), resamples), false),
        };
        rows.AddRange(each.Select(e => EffectPlot.Row(e.Parameter, e, EffectPlot.Interval(context, c.Design, FindingCatalog.RetrievalDominates, subject, e),
            c.RetrievalParameters.Contains(e.Parameter))));
        string note = string.Create(CultureInfo.InvariantCulture,
            $"ω² retrieval {c.Retrieval.OmegaSquared:0.00} vs generation {c.Generation.OmegaSquared:0.00}\ndifference {difference:0.00}, 95% CI "
            + $"[{ci.Low:0.00}, {ci.High:0.00}]\n{c.Design.Cells.Count} configs, {c.Design.N} runs; pure error from seeds");
        return Finding.Create(FindingCatalog.RetrievalDominates, new Subject(Metric: c.Metric, Dataset: c.Dataset), message, evidence,
            EffectPlot.Create(FindingCatalog.RetrievalDominates.PlotName($"{c.Dataset}-{c.Metric}"),
                FindingCatalog.RetrievalDominates.PlotTitle($"retrieval explains more of {c.Metric} ({c.Dataset}) than generation"), rows, note));
    }

    private sealed record Candidate(
        string Metric, string Dataset, EffectDesign Design, ImmutableArray<string> RetrievalParameters, ImmutableArray<string> GenerationParameters,
        ParameterEffect Retrieval, ParameterEffect Generation);
}
