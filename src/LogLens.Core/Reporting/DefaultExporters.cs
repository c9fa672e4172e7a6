using System.Collections.Immutable;
using LogLens.Core.Reporting.Exporters;

namespace LogLens.Core.Reporting;

/// <summary>The exporters --format can name, listed explicitly.</summary>
public static class DefaultExporters
{
    /// <summary>The default list (analyze's default --format names only md, html, json and sarif of them).</summary>
    public static ImmutableArray<IExporter> All { get; } =
    [
        MarkdownExporter.Default,
        JsonExporter.Default,
        SarifExporter.Default,
        HtmlExporter.Default,
        VerdictExporter.Default,
    ];
}
