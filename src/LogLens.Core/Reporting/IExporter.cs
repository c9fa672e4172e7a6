
namespace LogLens.Core.Reporting;

/// <summary>Writes a report in one format. Pure: no paths, no clock; registered in <c>Exporters.DefaultExporters</c>.</summary>
public interface IExporter
{
    /// <summary>The --format name, e.g. "md".</summary>
    string Name { get; }

    /// <summary>The file written inside --out, e.g. "report.md".</summary>
    string FileName { get; }

    /// <summary>Writes the report.</summary>
    void Write(Report report, TextWriter writer);
}
