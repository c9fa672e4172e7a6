namespace LogLens.Core.Reporting;

/// <summary>How a plot is drawn under <see cref="PlotPlan"/>.</summary>
public enum PlotSize
{
    /// <summary>Full size (overview plots and the most severe findings' plots).</summary>
    Full,

    /// <summary>A small image (beyond the cap, still cheap to look at).</summary>
    Thumbnail,

    /// <summary>Not drawn; the report says so.</summary>
    Skipped,
}
