namespace LogLens.Core.Plots;

/// <summary>A row of a spread or forest plot: an estimate with its interval and the raw points.</summary>
/// <param name="Label">Category name (config, dataset).</param>
/// <param name="Estimate">Mean or effect.</param>
/// <param name="Low">Lower CI bound.</param>
/// <param name="High">Upper CI bound.</param>
/// <param name="Points">Individual values (seeds), may be empty.</param>
/// <param name="Highlight">Draw emphasised (the flagged category).</param>
public sealed record PlotCategory(string Label, double Estimate, double Low, double High, double[] Points, bool Highlight = false);
