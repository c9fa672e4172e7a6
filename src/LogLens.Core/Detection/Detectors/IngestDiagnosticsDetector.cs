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
    public ImmutableArray<FindingDescriptor> Descriptors { get; } =
        [FindingCatalog.UnreadableFile, FindingCatalog.PartialFile, FindingCatalog.DuplicateOrResumedSteps];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context) =>
        context.Runs.Diagnostics.Select(d => Finding.Create(
            Declared(d.Code),
            new Subject(Path: d.Path),
            d.Line is long line ? $"{d.Path}:{line}: {d.Message}" : $"{d.Path}: {d.Message}",
            d.Line is long l ? Evidence.Of(("line", l)) : Evidence.Empty));

    /// <summary>The declared descriptor of a diagnostic's code; any other code is a programming error in a reader.</summary>
    private FindingDescriptor Declared(string code) =>
        Descriptors.FirstOrDefault(d => d.Code == code)
        ?? throw new InvalidOperationException($"ingest diagnostic code {code} is not one of {string.Join(", ", Descriptors.Select(d => d.Code))}");
}
