using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Reporting;

namespace LogLens.Core.Tests.Reporting;

public static class ExporterRun
{
    public static string Write(IExporter exporter, AnalysisResult result) => Write(exporter, new Report(result));

    public static string Write(IExporter exporter, Report report)
    {
        using var writer = new StringWriter();
        exporter.Write(report, writer);
        return writer.ToString();
    }
}
