using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Model;

namespace LogLens.Core.Comparison;

/// <summary>
/// Selects runs by parameters: "lr=2e-4,batch=8" matches every run whose params contain all those
/// key=value pairs. Keys compare ordinally; values compare numerically when both sides are numbers
/// ("2e-4" equals "0.0002"), else ordinally.
/// </summary>
internal sealed class RunSelector
{
    private RunSelector(ImmutableArray<KeyValuePair<string, string>> pairs) => Pairs = pairs;

    /// <summary>The required key=value pairs, in the order given.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Pairs { get; }

    /// <summary>Parses "key=value[,key=value...]".</summary>
    /// <exception cref="ComparisonException">The text is empty, a pair has no '=' or an empty key, or a key repeats.</exception>
    public static RunSelector Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ComparisonException("empty selector: expected key=value[,key=value...]");
        }

        var pairs = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = part.IndexOf('=', StringComparison.Ordinal);
            string key = eq < 0 ? string.Empty : part[..eq].Trim();
            if (key.Length == 0)
            {
                throw new ComparisonException($"invalid selector '{text}': '{part}' is not key=value");
            }

            if (pairs.Any(p => p.Key == key))
            {
                throw new ComparisonException($"invalid selector '{text}': key '{key}' given twice");
            }

            pairs.Add(new(key, part[(eq + 1)..].Trim()));
        }

        return pairs.Count == 0
            ? throw new ComparisonException($"invalid selector '{text}': expected key=value[,key=value...]")
            : new RunSelector(pairs.ToImmutable());
    }

    /// <summary>True when <paramref name="parameters"/> contain every pair of this selector.</summary>
    public bool Matches(IReadOnlyDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return Pairs.All(p => parameters.TryGetValue(p.Key, out string? value) && ValuesEqual(p.Value, value));
    }

    /// <summary>True when the run's params contain every pair of this selector.</summary>
    public bool Matches(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Matches(run.Params);
    }

    /// <summary>True when two parameter values are equal: numerically when both parse as numbers, else ordinally.</summary>
    public static bool ValuesEqual(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        const NumberStyles Style = NumberStyles.Float;
        if (double.TryParse(a, Style, CultureInfo.InvariantCulture, out double x) && double.TryParse(b, Style, CultureInfo.InvariantCulture, out double y))
        {
            return x == y || Math.Abs(x - y) <= 1e-12 * Math.Max(Math.Abs(x), Math.Abs(y));
        }

        return string.Equals(a.Trim(), b.Trim(), StringComparison.Ordinal);
    }

    /// <summary>The canonical text "key=value,key=value".</summary>
    public override string ToString() => string.Join(",", Pairs.Select(p => p.Key + "=" + p.Value));
}
