using System.Collections.Immutable;

namespace LogLens.Core.Comparison;

/// <summary>One side of a comparison on one dataset: finite raw values with their seeds.</summary>
/// <param name="Values">Raw metric values.</param>
/// <param name="Seeds">Seeds aligned with the values (null when not logged).</param>
internal sealed record ArmSample(double[] Values, ImmutableArray<string?> Seeds);
