namespace LogLens.Core.Detection.Curves;

/// <summary>One loss spike: consecutive points beyond the Hampel threshold (LL105).</summary>
/// <param name="FirstIndex">First spike point (index into the finite points).</param>
/// <param name="LastIndex">Last spike point.</param>
/// <param name="Step">Step of the first spike point.</param>
/// <param name="MaxZ">Largest robust z over the event.</param>
/// <param name="Before">Median of the points before the spike (NaN near the start).</param>
/// <param name="BeforeScale">Robust SD of those points (floored).</param>
/// <param name="Recovered">False when the points after the spike stay well above the level before it.</param>
internal sealed record SpikeEvent(int FirstIndex, int LastIndex, double Step, double MaxZ, double Before, double BeforeScale, bool Recovered);
