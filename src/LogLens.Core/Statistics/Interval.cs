namespace LogLens.Core.Statistics;

/// <summary>A closed interval [Low, High], e.g. a confidence interval.</summary>
/// <param name="Low">The lower bound; NaN when undefined.</param>
/// <param name="High">The upper bound; NaN when undefined.</param>
public readonly record struct Interval(double Low, double High)
{
    /// <summary>An interval that could not be computed (both bounds NaN).</summary>
    public static Interval Undefined => new(double.NaN, double.NaN);

    /// <summary>True when both bounds are numbers.</summary>
    public bool IsDefined => !double.IsNaN(Low) && !double.IsNaN(High);

    /// <summary>The width High − Low.</summary>
    public double Width => High - Low;

    /// <summary>True when <paramref name="value"/> lies in [Low, High]; false for undefined intervals.</summary>
    /// <param name="value">The value to test.</param>
    /// <returns>Whether the value is inside the closed interval.</returns>
    public bool Contains(double value) => value >= Low && value <= High;
}
