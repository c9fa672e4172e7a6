using System.Globalization;

namespace LogLens.Core.Findings;

/// <summary>
/// The one number format of finding messages (docs/methods.md, "Messages"): three significant digits without
/// exponent noise ("0.0934", "29.6", "9.31e-6"), p- and q-values that are never printed as 0 ("p &lt; 1e-6"), whole
/// steps for integer steps, percentages capped to what they can mean.
/// </summary>
internal static class MessageNumbers
{
    /// <summary>Smallest p or q printed as a number; below it, "&lt; 1e-6".</summary>
    public const double SmallestP = 1e-6;

    /// <summary>A level or difference: "0.0934", "29.6", "1.23e+4", "9.31e-6"; "n/a" for NaN.</summary>
    public static string Value(double value)
    {
        if (double.IsNaN(value))
        {
            return "n/a";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : "−∞";
        }

        double abs = Math.Abs(value);
        if (abs != 0 && (abs < 1e-3 || abs >= 1e6))
        {
            return value.ToString("0.##e+0", CultureInfo.InvariantCulture);
        }

        return value.ToString("G3", CultureInfo.InvariantCulture);
    }

    /// <summary>"p 0.032", "p &lt; 1e-6"; "p n/a" when undefined. <paramref name="name"/> is "p" or "q".</summary>
    public static string P(double p, string name = "p") =>
        double.IsNaN(p) ? name + " n/a" : p < SmallestP ? $"{name} < 1e-6"
            : name + " " + (p < 0.001 ? p.ToString("0.#e+0", CultureInfo.InvariantCulture) : p.ToString("0.###", CultureInfo.InvariantCulture));

    /// <summary>A step: "12000" for whole steps, "12.5" otherwise (block centres of averaged series).</summary>
    public static string Step(double step) =>
        double.IsFinite(step) && step == Math.Round(step) ? step.ToString("0", CultureInfo.InvariantCulture)
            : step.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>"29.6×".</summary>
    public static string Ratio(double ratio) => Value(ratio) + "×";

    /// <summary>"4.8%" for a fraction 0.048; above 100% it reads "more than all" only where that is meant, so callers cap first.</summary>
    public static string Percent(double fraction) => double.IsFinite(fraction) ? (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "n/a";
}
