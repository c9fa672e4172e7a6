using System.Globalization;
using ScottPlot;

namespace LogLens.Plotting;

/// <summary>
/// A value axis switches to a log₁₀ scale when its finite values are all positive and span more than two decades
/// (perplexity 3.5M → 30 is a flat line on a linear axis). ScottPlot draws linear axes only, so the values are
/// drawn as log₁₀ and the ticks are labelled with the real values (1, 10, 100, 1k, 1M …).
/// </summary>
internal static class LogScale
{
    /// <summary>max / min above which the axis is logarithmic (two decades).</summary>
    public const double MinRatio = 100;

    /// <summary>Appended to the label of a log axis.</summary>
    public const string LabelSuffix = " (log scale)";

    /// <summary>True when the finite values are all &gt; 0 and max / min &gt; <see cref="MinRatio"/>.</summary>
    public static bool Applies(IEnumerable<double> values)
    {
        double[] finite = FiniteData.Values(values);
        return finite.Length > 0 && finite.All(v => v > 0) && finite.Max() / finite.Min() > MinRatio;
    }

    /// <summary>log₁₀ of a value (what a log axis draws); non-finite and non-positive values become NaN.</summary>
    public static double Log(double value) => double.IsFinite(value) && value > 0 ? Math.Log10(value) : double.NaN;

    /// <summary>log₁₀ of every value.</summary>
    public static double[] Log(double[] values) => [.. values.Select(Log)];

    /// <summary>
    /// Ticks for a log axis drawn over log₁₀ values <paramref name="minLog"/>..<paramref name="maxLog"/>: a major tick
    /// per decade (every second or third decade when there are many), minor ticks at 2..9 × 10ᵏ when every decade is labelled.
    /// </summary>
    public static ScottPlot.TickGenerators.NumericManual Ticks(double minLog, double maxLog)
    {
        int low = (int)Math.Floor(minLog), high = (int)Math.Ceiling(maxLog);
        int step = Math.Max(1, (int)Math.Ceiling((high - low) / 8.0));
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (int e = low; e <= high; e++)
        {
            if ((e - low) % step == 0)
            {
                ticks.AddMajor(e, Label(e));
            }

            for (int k = 2; k <= 9 && step == 1 && e < high; k++)
            {
                ticks.AddMinor(e + Math.Log10(k));
            }
        }

        return ticks;
    }

    /// <summary>The real value 10^<paramref name="exponent"/> as a tick label: 0.01, 0.1, 1, 10, 100, 1k, 10k, 1M, 1G, 1T; 1e-4 and 1e15 beyond.</summary>
    public static string Label(int exponent) => exponent switch
    {
        < -3 or > 14 => "1e" + exponent.ToString(CultureInfo.InvariantCulture),
        < 0 => Math.Pow(10, exponent).ToString("0.###", CultureInfo.InvariantCulture),
        < 3 => Math.Pow(10, exponent).ToString("0", CultureInfo.InvariantCulture),
        < 6 => Math.Pow(10, exponent - 3).ToString("0", CultureInfo.InvariantCulture) + "k",
        < 9 => Math.Pow(10, exponent - 6).ToString("0", CultureInfo.InvariantCulture) + "M",
        < 12 => Math.Pow(10, exponent - 9).ToString("0", CultureInfo.InvariantCulture) + "G",
        _ => Math.Pow(10, exponent - 12).ToString("0", CultureInfo.InvariantCulture) + "T",
    };

    /// <summary>Gives <paramref name="axis"/> log ticks over the finite log values drawn on it and marks its label.</summary>
    public static void Apply(IAxis axis, IEnumerable<double> logValues)
    {
        double[] drawn = FiniteData.Values(logValues);
        if (drawn.Length == 0)
        {
            return;
        }

        axis.TickGenerator = Ticks(drawn.Min(), drawn.Max());
        if (!axis.Label.Text.EndsWith(LabelSuffix, StringComparison.Ordinal))
        {
            axis.Label.Text += LabelSuffix;
        }
    }
}
