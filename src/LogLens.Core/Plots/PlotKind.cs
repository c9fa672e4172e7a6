namespace LogLens.Core.Plots;

/// <summary>The chart shapes LogLens draws.</summary>
public enum PlotKind
{
    /// <summary>Series over steps (optionally a right axis and a shaded flagged region).</summary>
    Lines,

    /// <summary>Per-category points with mean and CI (seed spread per config).</summary>
    Spread,

    /// <summary>Per-category estimate and CI around a reference line (forest plot of gains).</summary>
    Forest,

    /// <summary>A scatter of paired values, one per category (proxy vs business across configs).</summary>
    Scatter,
}
