namespace LogLens.Core.Model;

/// <summary>A final evaluation result of a run on one dataset.</summary>
public sealed record Score(string Dataset, string Metric, double Value, int? N = null, double? Stderr = null);
