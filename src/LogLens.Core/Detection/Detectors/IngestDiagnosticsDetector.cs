using System.Collections.Immutable;
using LogLens.Core.Findings;
using LogLens.Core.Model;

namespace LogLens.Core.Detection.Detectors;

/// <summary>LL001/LL002/LL005: ingest diagnostics become findings, so they reach every output.</summary>
internal sealed class IngestDiagnosticsDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly IngestDiagnosticsDetector Default = new();

    private IngestDiagnosticsDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<string> Codes { get; } = ["LL001", "LL002", "LL005"];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context) =>
        context.Runs.Diagnostics.Select(d => Finding.Create(
            d.Code,
            new Subject(Path: d.Path),
            d.Line is long line ? $"{d.Path}:{line}: {d.Message}" : $"{d.Path}: {d.Message}",
            d.Line is long l ? Evidence.Of(("line", l)) : Evidence.Empty));
}
