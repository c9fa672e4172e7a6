using LogLens.Core.Plots;

namespace LogLens.Core.Detection;

/// <summary>Plots of the whole run set that are not tied to one finding.</summary>
public static class OverviewPlots
{
    /// <summary>Builds the overview plot specs.</summary>
    public static IEnumerable<PlotSpec> Build(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [];
    }
}
