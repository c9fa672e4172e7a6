namespace LogLens.Core.Plots;

/// <summary>A line or point series in a <see cref="PlotKind.Lines"/> or <see cref="PlotKind.Scatter"/> plot.</summary>
/// <param name="Label">Legend text.</param>
/// <param name="X">X values (steps, or the proxy value in a scatter).</param>
/// <param name="Y">Y values.</param>
/// <param name="RightAxis">Draw against the right y axis.</param>
/// <param name="PointLabels">Optional per-point labels (scatter).</param>
public sealed record PlotSeries(string Label, double[] X, double[] Y, bool RightAxis = false, string[]? PointLabels = null);
