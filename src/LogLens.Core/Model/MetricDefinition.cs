using LogLens.Core.Configuration;

namespace LogLens.Core.Model;

/// <summary>A metric's role and direction, configured or inferred.</summary>
/// <param name="Name">The metric name exactly as logged.</param>
/// <param name="Role">Proxy, business or other.</param>
/// <param name="HigherIsBetter">Direction; analyses work on goodness (losses negated).</param>
/// <param name="Assumed">True when inferred from the name rather than configured.</param>
public sealed record MetricDefinition(string Name, MetricRole Role, bool HigherIsBetter, bool Assumed)
{
    /// <summary>True for training or evaluation losses (and perplexity): the curves the dynamics detectors read.</summary>
    public bool IsLoss => Role != MetricRole.Other && MetricNames.IsLoss(Name);

    /// <summary>Converts a raw value to goodness: larger is always better.</summary>
    public double Goodness(double value) => HigherIsBetter ? value : -value;
}
