using System.Collections.Immutable;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Plots;

namespace LogLens.Core.Reporting;

/// <summary>
/// Which plots are drawn full size, as thumbnails or not at all, so a report with hundreds of findings does not
/// render hundreds of full-size plots: overview plots are always full size; finding plots are taken in the
/// findings' order (most severe first): the first <see cref="MaxPlots"/> full size, the next
/// <see cref="MaxPlots"/> as thumbnails, the rest skipped (the report lists them by file name).
/// </summary>
public sealed class PlotPlan
{
    /// <summary>The default cap on full-size finding plots (<c>--max-plots</c>).</summary>
    public const int DefaultMaxPlots = 40;

    private readonly ImmutableDictionary<string, PlotSize> sizes;

    private PlotPlan(int maxPlots, ImmutableDictionary<string, PlotSize> sizes)
    {
        MaxPlots = maxPlots;
        this.sizes = sizes;
    }

    /// <summary>A plan that draws every plot full size.</summary>
    public static PlotPlan Unlimited { get; } = new(int.MaxValue, ImmutableDictionary<string, PlotSize>.Empty);

    /// <summary>The cap on full-size finding plots.</summary>
    public int MaxPlots { get; }

    /// <summary>Plans <paramref name="result"/>'s plots with at most <paramref name="maxPlots"/> full-size finding plots.</summary>
    public static PlotPlan For(AnalysisResult result, int maxPlots)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegative(maxPlots);
        var builder = ImmutableDictionary.CreateBuilder<string, PlotSize>(StringComparer.Ordinal);
        int index = 0;
        foreach (Finding finding in result.Findings)
        {
            foreach (PlotSpec plot in finding.Plots)
            {
                builder[plot.Name] = index < maxPlots ? PlotSize.Full : index - maxPlots < maxPlots ? PlotSize.Thumbnail : PlotSize.Skipped;
                index++;
            }
        }

        return new PlotPlan(maxPlots, builder.ToImmutable());
    }

    /// <summary>How <paramref name="plot"/> is drawn (full size when the plan does not know it, e.g. an overview plot).</summary>
    public PlotSize SizeOf(PlotSpec plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return sizes.GetValueOrDefault(plot.Name, PlotSize.Full);
    }

    /// <summary>How many of <paramref name="plots"/> have size <paramref name="size"/>.</summary>
    public int Count(IEnumerable<PlotSpec> plots, PlotSize size) => plots.Count(p => SizeOf(p) == size);
}
