using System.Collections.Immutable;

namespace LogLens.Core.Plots;

/// <summary>
/// What to draw, decided by the detector that saw it; LogLens.Plotting only renders it.
/// Keeps Core free of ScottPlot and makes plots testable as data.
/// </summary>
/// <param name="Name">File stem without extension, e.g. "LL301-run-a-eval-accuracy" (sanitised when written).</param>
/// <param name="Kind">Chart shape.</param>
/// <param name="Title">Says what is wrong, starting with the finding code when there is one.</param>
/// <param name="XLabel">X axis label with unit. For <see cref="PlotKind.Spread"/> and <see cref="PlotKind.Forest"/>: what the categories are ("config",
/// "dataset").</param>
/// <param name="YLabel">Left y axis label with unit. For <see cref="PlotKind.Spread"/> and <see cref="PlotKind.Forest"/>: the value axis (the renderer draws
/// categories down the vertical axis and values along the horizontal one).</param>
public sealed record PlotSpec(string Name, PlotKind Kind, string Title, string XLabel, string YLabel)
{
    /// <summary>Right y axis label, when a series uses it.</summary>
    public string? RightYLabel { get; init; }

    /// <summary>Line or scatter series.</summary>
    public ImmutableArray<PlotSeries> Series { get; init; } = [];

    /// <summary>Spread or forest rows.</summary>
    public ImmutableArray<PlotCategory> Categories { get; init; } = [];

    /// <summary>An x range to shade (the flagged region), in x units (for category kinds: in value units).</summary>
    public (double From, double To)? Shade { get; init; }

    /// <summary>A reference line (0 for gains; a threshold).</summary>
    public double? ReferenceLine { get; init; }

    /// <summary>A short note pinned on the plot (the key numbers).</summary>
    public string? Note { get; init; }

    /// <summary>Emphasised points of a lines plot, each with its own legend entry.</summary>
    public ImmutableArray<PlotMarker> Markers { get; init; } = [];

    /// <summary>Names of the x positions 0, 1, 2 … of a lines plot whose x axis is categorical (datasets), else empty.</summary>
    public ImmutableArray<string> XCategories { get; init; } = [];

    /// <summary>The left axis of a lines plot shows ranks: integer ticks, rank 1 (best) at the top.</summary>
    public bool RankAxis { get; init; }

    /// <summary>
    /// What a highlighted category means, for the legend: every plot marks highlighted rows with ▶ before the
    /// label and names them in the legend as "▶ {FlagLegend}".
    /// </summary>
    public string FlagLegend { get; init; } = "flagged";
}
