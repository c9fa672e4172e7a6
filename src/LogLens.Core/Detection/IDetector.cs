using System.Collections.Immutable;
using LogLens.Core.Findings;

namespace LogLens.Core.Detection;

/// <summary>
/// A detector reads the immutable run set and returns findings. Stateless: a private constructor and a
/// <c>public static readonly Default</c> instance; registered in <see cref="DefaultDetectors"/>.
/// </summary>
internal interface IDetector
{
    /// <summary>The finding codes this detector can emit.</summary>
    ImmutableArray<string> Codes { get; }

    /// <summary>Analyses the runs. Must be deterministic for a given context (use <see cref="AnalysisContext.Random"/>).</summary>
    IEnumerable<Finding> Detect(AnalysisContext context);
}
