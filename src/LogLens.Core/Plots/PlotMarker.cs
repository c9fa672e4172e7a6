namespace LogLens.Core.Plots;

/// <summary>A single emphasised point of a <see cref="PlotKind.Lines"/> plot, named in the legend (the checkpoints LL304 compares).</summary>
/// <param name="Label">Legend text, e.g. "picked by eval/loss (step 1500)".</param>
/// <param name="X">Step.</param>
/// <param name="Y">Value.</param>
/// <param name="RightAxis">Drawn against the right y axis.</param>
public sealed record PlotMarker(string Label, double X, double Y, bool RightAxis = false);
