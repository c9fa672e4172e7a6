using System.Collections.Immutable;
using LogLens.Core.Findings;

namespace LogLens.Core.Detection;

/// <summary>
/// A detector reads the immutable run set and returns findings. Stateless: a private constructor and a
/// <c>public static readonly Default</c> instance; registered in <c>Analysis.DefaultDetectors</c>.
/// </summary>
internal interface IDetector
{
    /// <summary>The catalog entries this detector can emit (<see cref="FindingCatalog"/>); a test holds it to them.</summary>
    ImmutableArray<FindingDescriptor> Descriptors { get; }

    /// <summary>Analyses the runs. Must be deterministic for a given context (use <see cref="AnalysisContext.Random(FindingDescriptor, string)"/>).</summary>
    IEnumerable<Finding> Detect(AnalysisContext context);
}
