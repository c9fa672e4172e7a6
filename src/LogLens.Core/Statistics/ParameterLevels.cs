using System.Collections.Immutable;
using System.Globalization;

namespace LogLens.Core.Statistics;

/// <summary>
/// The levels of one parameter across configs (docs/methods.md): distinct values, or — for numbers with more
/// than <see cref="MaxLevels"/> distinct values (random search) — ≤ 5 quantile bins, on a log scale when
/// max/min &gt; 100. Numbers sort numerically, text ordinally.
/// </summary>
/// <param name="OfCell">The level index of each config, aligned with the input.</param>
/// <param name="Labels">Level labels in order.</param>
/// <param name="Binned">True when numeric values were binned.</param>
internal sealed record ParameterLevels(int[] OfCell, ImmutableArray<string> Labels, bool Binned)
{
    /// <summary>Most levels a parameter keeps before numbers are binned.</summary>
    public const int MaxLevels = 5;

    /// <summary>Levels of <paramref name="values"/> (one per config; a missing value is the level "(unset)").</summary>
    public static ParameterLevels Of(IReadOnlyList<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        string[] text = [.. values.Select(v => v ?? "(unset)")];
        double[] numbers = new double[text.Length];
        bool numeric = text.All(t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
        if (numeric)
        {
            for (int i = 0; i < text.Length; i++)
            {
                numbers[i] = double.Parse(text[i], NumberStyles.Float, CultureInfo.InvariantCulture);
            }

            if (numbers.Distinct().Count() > MaxLevels)
            {
                return Bin(numbers);
            }
        }

        string[] labels = numeric
            ? [.. text.Distinct(StringComparer.Ordinal).OrderBy(t => double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture))
                .ThenBy(t => t, StringComparer.Ordinal)]
            : [.. text.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        return new ParameterLevels([.. text.Select(t => Array.IndexOf(labels, t))], [.. labels], false);
    }

    /// <summary>The values as numbers, or null when any is not a finite number.</summary>
    public static double[]? Numbers(IEnumerable<string> raw)
    {
        var result = new List<double>();
        foreach (string r in raw)
        {
            if (!double.TryParse(r, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
            {
                return null;
            }

            result.Add(v);
        }

        return [.. result];
    }

    private static ParameterLevels Bin(double[] numbers)
    {
        bool log = numbers.Min() > 0 && numbers.Max() / numbers.Min() > 100;
        double[] scale = [.. numbers.Select(v => log ? Math.Log10(v) : v)];
        double[] sorted = [.. scale.Order()];
        double[] cuts = [.. Enumerable.Range(1, MaxLevels - 1).Select(k => Descriptive.QuantileR7(sorted, (double)k / MaxLevels)).Distinct()];
        int[] level = [.. scale.Select(v => cuts.Count(c => v > c))];
        int[] used = [.. level.Distinct().Order()];
        var labels = used.Select(l =>
        {
            double lo = numbers.Where((_, i) => level[i] == l).Min(), hi = numbers.Where((_, i) => level[i] == l).Max();
            return lo == hi ? Text(lo) : Text(lo) + "–" + Text(hi);
        });
        return new ParameterLevels([.. level.Select(l => Array.IndexOf(used, l))], [.. labels], true);
    }

    private static string Text(double v) => v.ToString("G4", CultureInfo.InvariantCulture);
}
