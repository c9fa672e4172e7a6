using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Plots;

namespace LogLens.Core.Reporting;

/// <summary>Writes a report's plots and the chosen exporters' files into the output folder (file names never come from logs).</summary>
public static class ReportWriter
{
    /// <summary>
    /// Draws the plots <see cref="Report.Plots"/> keeps into &lt;<paramref name="outDir"/>&gt;/plots, in parallel
    /// (thumbnails small, skipped ones not at all; with <paramref name="svg"/> full-size plots also as SVG), and
    /// returns the report carrying their PNG bytes for report.html.
    /// </summary>
    public static Report WritePlots(Report report, string outDir, IPlotRenderer renderer, bool svg = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(renderer);
        Directory.CreateDirectory(OutputPaths.Within(outDir, "plots"));
        var images = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        var drawn = report.Result.AllPlots.Where(p => report.Plots.SizeOf(p) != PlotSize.Skipped).ToList();
        Parallel.ForEach(drawn, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, plot =>
        {
            PlotSize size = report.Plots.SizeOf(plot);
            byte[] png = renderer.RenderPng(plot, size);
            File.WriteAllBytes(OutputPaths.Within(outDir, AnalysisResult.PlotPath(plot)), png);
            if (svg && size == PlotSize.Full)
            {
                File.WriteAllText(OutputPaths.Within(outDir, AnalysisResult.PlotPath(plot, "svg")), renderer.RenderSvg(plot));
            }

            images[plot.Name] = png;
        });
        return report with { Images = images.ToImmutableDictionary(StringComparer.Ordinal) };
    }

    /// <summary>
    /// Creates <paramref name="outDir"/> and writes one file per exporter, the files in parallel (each exporter only
    /// reads the report). An I/O error surfaces as an <see cref="AggregateException"/> holding it.
    /// </summary>
    public static void Write(Report report, string outDir, IEnumerable<IExporter> exporters)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(exporters);
        Directory.CreateDirectory(outDir);
        Parallel.ForEach(exporters, exporter =>
        {
            using var writer = new StreamWriter(OutputPaths.Within(outDir, exporter.FileName), append: false, new UTF8Encoding(false));
            writer.NewLine = "\n";
            exporter.Write(report, writer);
        });
    }
}
