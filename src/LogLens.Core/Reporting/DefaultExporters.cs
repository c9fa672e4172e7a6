using System.Collections.Immutable;

namespace LogLens.Core.Reporting;

/// <summary>The exporters --format can name, listed explicitly.</summary>
public static class DefaultExporters
{
    /// <summary>The default list.</summary>
    public static ImmutableArray<IExporter> All { get; } = [];
}
