using System.Collections.Concurrent;
using LogLens.Core.Detection;
using LogLens.Core.Plots;
using LogLens.Core.Reporting;
using LogLens.Plotting;

namespace LogLens.Cli.Commands;

/// <summary>
/// Renders the plots a <see cref="PlotPlan"/> keeps, in parallel, into &lt;out&gt;/plots (thumbnails small, skipped
/// ones not at all; with --svg full-size plots also as SVG); the PNG bytes also feed report.html.
/// </summary>
internal static class PlotOutput
{
    public const int ThumbnailWidth = 480;

    public const int ThumbnailHeight = 280;

    private static readonly PlotRenderer Thumbnail = PlotRenderer.WithSize(ThumbnailWidth, ThumbnailHeight);

    public static IReadOnlyDictionary<string, byte[]> Render(AnalysisResult result, string outDir, PlotPlan plan, bool svg)
    {
        Directory.CreateDirectory(FileNames.Within(outDir, "plots"));
        var images = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        var drawn = result.AllPlots.Where(p => plan.SizeOf(p) != PlotSize.Skipped).ToList();
        Parallel.ForEach(drawn, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, spec =>
        {
            bool full = plan.SizeOf(spec) == PlotSize.Full;
            byte[] png = (full ? PlotRenderer.Default : Thumbnail).RenderPng(spec);
            File.WriteAllBytes(FileNames.Within(outDir, AnalysisResult.PlotPath(spec)), png);
            if (svg && full)
            {
                File.WriteAllText(FileNames.Within(outDir, AnalysisResult.PlotPath(spec, "svg")), PlotRenderer.Default.RenderSvg(spec));
            }

            images[spec.Name] = png;
        });
        return images;
    }
}
