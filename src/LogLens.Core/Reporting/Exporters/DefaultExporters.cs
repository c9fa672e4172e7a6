using System.Collections.Immutable;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>The exporters --format can name, listed explicitly.</summary>
public static class DefaultExporters
{
    /// <summary>Every exporter, in the order --help lists them.</summary>
    public static ImmutableArray<IExporter> All { get; } =
    [
        MarkdownExporter.Default,
        JsonExporter.Default,
        SarifExporter.Default,
        HtmlExporter.Default,
        VerdictExporter.Default,
    ];

    /// <summary>What analyze writes when --format is not given (the one-line verdict is asked for by name).</summary>
    public static ImmutableArray<IExporter> Analyze { get; } =
    [
        MarkdownExporter.Default,
        HtmlExporter.Default,
        JsonExporter.Default,
        SarifExporter.Default,
    ];
}
