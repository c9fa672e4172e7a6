
namespace LogLens.Core.Configuration;

/// <summary>A configured metric role and direction from loglens.yaml.</summary>
public sealed record MetricSetting(MetricRole Role, bool? HigherIsBetter);
