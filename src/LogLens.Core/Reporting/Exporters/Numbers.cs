using System.Globalization;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>Formats evidence for people: invariant culture, about four significant digits, CIs as [lo, hi].</summary>
internal static class Numbers
{
    /// <summary>"0.2143", "1.235e+06", "12", "n/a" for NaN, "∞"/"−∞" for infinities.</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "n/a";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : "−∞";
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 1e7)
        {
            return value.ToString("0", CultureInfo.InvariantCulture);
        }

        return value.ToString("G4", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);
    }

    /// <summary>Formats an evidence value of any supported type (double, int, string, bool, double[] as an interval).</summary>
    public static string Format(object? value) => value switch
    {
        null => "n/a",
        double d => Format(d),
        float f => Format((double)f),
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        bool b => b ? "yes" : "no",
        double[] { Length: 2 } ci => $"[{Format(ci[0])}, {Format(ci[1])}]",
        double[] many => "[" + string.Join(", ", many.Select(Format)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
