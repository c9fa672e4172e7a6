using LogLens.Core.Detection;
using LogLens.Core.Reporting;

namespace LogLens.Core.Tests.Reporting;

public static class ExporterRun
{
    public static string Write(IExporter exporter, AnalysisResult result)
    {
        using var writer = new StringWriter();
        exporter.Write(result, writer);
        return writer.ToString();
    }
}
