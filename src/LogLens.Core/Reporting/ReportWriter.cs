using System.Text;
using LogLens.Core.Detection;

namespace LogLens.Core.Reporting;

/// <summary>Writes the chosen exporters' files into the output folder (file names come from the exporters, never from logs).</summary>
public static class ReportWriter
{
    /// <summary>
    /// Creates <paramref name="outDir"/> and writes one file per exporter, the files in parallel (each exporter only
    /// reads the result). An I/O error surfaces as an <see cref="AggregateException"/> holding it.
    /// </summary>
    public static void Write(AnalysisResult result, string outDir, IEnumerable<IExporter> exporters)
    {
        ArgumentNullException.ThrowIfNull(exporters);
        Directory.CreateDirectory(outDir);
        Parallel.ForEach(exporters, exporter =>
        {
            using var writer = new StreamWriter(FileNames.Within(outDir, exporter.FileName), append: false, new UTF8Encoding(false));
            writer.NewLine = "\n";
            exporter.Write(result, writer);
        });
    }
}
