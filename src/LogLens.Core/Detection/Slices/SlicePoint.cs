namespace LogLens.Core.Detection.Slices;

/// <summary>One run's value on a slice next to its overall value (both higher-is-better).</summary>
/// <param name="RunId">The run.</param>
/// <param name="ConfigKey">The run's config key.</param>
/// <param name="Value">The slice value: mean correctness (or score) over the slice's prompts, or the slice's score.</param>
/// <param name="Overall">The run's overall value on the same metric and dataset.</param>
/// <param name="Items">Items (prompts) in the slice for this run; null when the log does not say.</param>
internal sealed record SlicePoint(string RunId, string ConfigKey, double Value, double Overall, int? Items);
