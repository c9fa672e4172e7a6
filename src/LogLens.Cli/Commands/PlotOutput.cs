using LogLens.Core.Detection;
using LogLens.Plotting;

namespace LogLens.Cli.Commands;

/// <summary>Renders every plot of a result into &lt;out&gt;/plots, in parallel.</summary>
internal static class PlotOutput
{
    public static void Render(AnalysisResult result, string outDir)
    {
        Directory.CreateDirectory(Path.Combine(outDir, "plots"));
        Parallel.ForEach(result.AllPlots.ToList(), spec => PlotRenderer.Default.SavePng(spec, Path.Combine(outDir, AnalysisResult.PlotPath(spec))));
    }
}
