namespace LogLens.Core.Ingest.Formats.Generic;

/// <summary>The n of a score: a non-negative whole number that fits an int, else unknown.</summary>
internal static class ScoreCount
{
    public static int? From(double? n) =>
        n is double v && v >= 0 && v <= int.MaxValue && v == Math.Floor(v) ? (int)v : null;
}
