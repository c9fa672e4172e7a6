namespace LogLens.Core.Model;

/// <summary>
/// One metric's values over training steps, stored columnar (two parallel arrays), sorted by step
/// with repeated steps resolved (the later segment wins). Non-finite values are kept: a NaN loss is a finding.
/// </summary>
/// <param name="Name">The metric name exactly as logged.</param>
/// <param name="Steps">Training steps, ascending.</param>
/// <param name="Values">Values at those steps (may contain NaN/Infinity).</param>
public sealed record MetricSeries(string Name, double[] Steps, double[] Values)
{
    /// <summary>The rows as logged, with their segment, when steps repeated or went back; null otherwise.</summary>
    internal RawSeries? Raw { get; init; }

    /// <summary>Number of points.</summary>
    public int Count => Steps.Length;

    /// <summary>The last finite value, or NaN when there is none.</summary>
    public double LastFinite
    {
        get
        {
            for (int i = Values.Length - 1; i >= 0; i--)
            {
                if (double.IsFinite(Values[i]))
                {
                    return Values[i];
                }
            }

            return double.NaN;
        }
    }

    /// <summary>Index of the first non-finite value, or -1.</summary>
    public int FirstNonFiniteIndex => Values.AsSpan().IndexOfAnyExceptInRange(double.MinValue, double.MaxValue);

    /// <summary>The finite points only: the series' own arrays when every value is finite (callers must not write to them), else new arrays.</summary>
    public (double[] Steps, double[] Values) Finite()
    {
        int n = 0;
        foreach (double v in Values)
        {
            n += double.IsFinite(v) ? 1 : 0;
        }

        if (n == Values.Length)
        {
            return (Steps, Values);
        }

        var steps = new double[n];
        var values = new double[n];
        for (int i = 0, j = 0; i < Values.Length; i++)
        {
            if (double.IsFinite(Values[i]))
            {
                steps[j] = Steps[i];
                values[j++] = Values[i];
            }
        }

        return (steps, values);
    }
}
