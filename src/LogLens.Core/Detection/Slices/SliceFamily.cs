using System.Collections.Immutable;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Slices;

/// <summary>
/// The slices of one metric on one dataset, analysed together (docs/methods.md UnresponsiveSlice): the overall
/// metric's per-parameter effects, and each measurable slice's, with q-values BH-adjusted over
/// slices × parameters. A slice is measurable with ≥ <see cref="MinItems"/> items per run (or an unknown
/// count) and ≥ 3 configs having ≥ 2 seeds.
/// </summary>
/// <param name="Overall">Per-parameter effects on the overall metric (BH over parameters).</param>
/// <param name="Slices">Measurable slices with their effects (BH over slices × parameters).</param>
internal sealed record SliceFamily(EffectAnalysis Overall, ImmutableArray<(SliceSeries Series, EffectAnalysis Analysis)> Slices)
{
    /// <summary>Fewest items per run a slice needs to be measured at all (docs/methods.md).</summary>
    public const int MinItems = 30;

    /// <summary>Smallest lag behind the overall metric, in metric units (5 points of a rate), that counts.</summary>
    public const double SliceGap = 0.05;

    /// <summary>True when a slice has enough items and replicated configs to be tested.</summary>
    public static bool IsMeasurable(SliceSeries series, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series.MedianItems is not double items || items >= MinItems
            ? series.SliceCells(context).Count(c => c.Values.Length >= 2) >= 3
            : false;
    }

    /// <summary>Every family of slices in the run set; families whose overall metric cannot be analysed are left out.</summary>
    public static IEnumerable<SliceFamily> All(AnalysisContext context, FindingDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var family in SliceTable.Build(context.Runs).GroupBy(s => s.Family, StringComparer.Ordinal))
        {
            SliceSeries widest = family.MaxBy(s => s.Points.Length)!;
            EffectAnalysis? overall = Analyze(widest.OverallCells(context),
                p => context.Random(descriptor, family.Key + "|overall|" + p), context.Options.Permutations);
            if (overall is null)
            {
                continue;
            }

            var slices = family.Where(s => IsMeasurable(s, context))
                .Select(s => (Series: s, Analysis: Analyze(s.SliceCells(context),
                    p => context.Random(descriptor, family.Key + "|" + s.Slice + "|" + p), context.Options.Permutations)))
                .Where(x => x.Analysis is not null)
                .Select(x => (x.Series, Analysis: x.Analysis!))
                .ToList();
            double[] q = BenjaminiHochberg.Adjust([.. slices.SelectMany(s => s.Analysis.Effects.Select(e => e.P))]);
            int next = 0;
            var adjusted = slices.Select(s => (s.Series, s.Analysis with { Effects = [.. s.Analysis.Effects.Select(e => e with { Q = q[next++] })] }));
            yield return new SliceFamily(overall, [.. adjusted]);
        }
    }

    private static EffectAnalysis? Analyze(IReadOnlyList<EffectCell> cells, Func<string, Random> rng, int permutations) =>
        EffectDesign.Create(cells)?.AnalyzeAll(rng, permutations);
}
