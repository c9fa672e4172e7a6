namespace LogLens.Core.Reporting;

/// <summary>An exporter whose output also depends on <see cref="ReportOptions"/> (baseline states, skipped plots).</summary>
public interface IConfigurableExporter : IExporter
{
    /// <summary>The same exporter writing with <paramref name="options"/>; the original is unchanged.</summary>
    IExporter Configure(ReportOptions options);
}
