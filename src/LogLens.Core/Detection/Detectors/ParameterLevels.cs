using System.Globalization;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// Levels of a parameter across configs (METHODS P6): distinct values, or for numeric parameters with more than
/// <see cref="MaxBins"/> values, quantile bins (on a log scale when max/min &gt; 100).
/// </summary>
internal static class ParameterLevels
{
    /// <summary>At most this many bins for a numeric parameter.</summary>
    public const int MaxBins = 5;

    /// <summary>The level index of each cell for one parameter; a missing value is its own level.</summary>
    public static int[] Of(IReadOnlyList<EffectCell> cells, string parameter)
    {
        string[] raw = [.. cells.Select(c => c.Params.GetValueOrDefault(parameter) ?? "<unset>")];
        string[] distinct = [.. raw.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        double[]? numbers = Numbers(raw);
        if (numbers is null || distinct.Length <= MaxBins)
        {
            return [.. raw.Select(r => Array.IndexOf(distinct, r))];
        }

        bool log = numbers.All(v => v > 0) && numbers.Max() / numbers.Min() > 100;
        double[] x = log ? [.. numbers.Select(v => Math.Log(v))] : numbers;
        double[] edges = [.. Enumerable.Range(1, MaxBins - 1).Select(i => Descriptive.QuantileR7(x, i / (double)MaxBins)).Distinct()];
        int[] bins = [.. x.Select(v => edges.Count(e => v > e))];
        int[] used = [.. bins.Distinct().Order()];
        return [.. bins.Select(b => Array.IndexOf(used, b))];
    }

    /// <summary>Combined levels of several parameters (one level per distinct combination).</summary>
    public static int[] Combined(IReadOnlyList<EffectCell> cells, IEnumerable<string> parameters)
    {
        int[][] each = [.. parameters.Select(p => Of(cells, p))];
        string[] keys = [.. Enumerable.Range(0, cells.Count).Select(i => string.Join(",", each.Select(l => l[i].ToString(CultureInfo.InvariantCulture))))];
        string[] distinct = [.. keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        return [.. keys.Select(k => Array.IndexOf(distinct, k))];
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
}
