using System.Collections.Concurrent;
using LogLens.Core.Detection;
using LogLens.Plotting;

namespace LogLens.Cli.Commands;

/// <summary>Renders every plot of a result once, in parallel, into &lt;out&gt;/plots; the bytes also feed report.html.</summary>
internal static class PlotOutput
{
    public static IReadOnlyDictionary<string, byte[]> Render(AnalysisResult result, string outDir)
    {
        Directory.CreateDirectory(Path.Combine(outDir, "plots"));
        var images = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        Parallel.ForEach(result.AllPlots.ToList(), spec =>
        {
            byte[] png = PlotRenderer.Default.RenderPng(spec);
            File.WriteAllBytes(Path.Combine(outDir, AnalysisResult.PlotPath(spec)), png);
            images[spec.Name] = png;
        });
        return images;
    }
}
