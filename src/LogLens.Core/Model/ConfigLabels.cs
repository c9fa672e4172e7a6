using System.Collections.Immutable;

namespace LogLens.Core.Model;

/// <summary>
/// Short config labels for plots: of the configs shown together, each label keeps only the parameters whose
/// values differ between them ("prompt_template=v2, learning_rate=0.0002" instead of a long key that a plot
/// would cut before the part that matters). Parameters shared by all are dropped; a parameter some configs lack
/// shows as "(unset)" on those; a nested name shows by its shortest unambiguous dotted suffix ("model_args.pretrained" as
/// "pretrained"). One config alone, or configs that do not differ, keep their full key.
/// </summary>
internal static class ConfigLabels
{
    /// <summary>What a label shows for a parameter a config does not have.</summary>
    public const string Unset = "(unset)";

    /// <summary>Labels aligned with <paramref name="configKeys"/>, parsing each canonical "key=value,key=value" key.</summary>
    public static ImmutableArray<string> Differing(IReadOnlyList<string> configKeys)
    {
        ArgumentNullException.ThrowIfNull(configKeys);
        return Differing(configKeys, [.. configKeys.Select(Parse)]);
    }

    /// <summary>Labels aligned with <paramref name="configKeys"/>, taking the parameters from <paramref name="runs"/>' config groups when known.</summary>
    public static ImmutableArray<string> Differing(IReadOnlyList<string> configKeys, RunSet runs)
    {
        ArgumentNullException.ThrowIfNull(configKeys);
        ArgumentNullException.ThrowIfNull(runs);
        var known = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (ConfigGroup group in runs.Groups)
        {
            known.TryAdd(group.ConfigKey, group.Params);
        }

        return Differing(configKeys, [.. configKeys.Select(k => known.GetValueOrDefault(k) ?? Parse(k))]);
    }

    /// <summary>
    /// Parses a canonical config key; a comma not followed by "key=" belongs to the previous value
    /// ("target_modules=q,v,lr=1" is target_modules "q,v" and lr "1").
    /// </summary>
    public static IReadOnlyDictionary<string, string> Parse(string configKey)
    {
        ArgumentNullException.ThrowIfNull(configKey);
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        string? last = null;
        foreach (string token in configKey.Split(','))
        {
            int eq = token.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                last = token[..eq];
                result[last] = token[(eq + 1)..];
            }
            else if (last is not null)
            {
                result[last] += "," + token;
            }
        }

        return result;
    }

    private static ImmutableArray<string> Differing(IReadOnlyList<string> configKeys, IReadOnlyDictionary<string, string>[] configs)
    {
        var differing = configs.SelectMany(c => c.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Where(k => configs.Select(c => c.GetValueOrDefault(k)).Distinct(StringComparer.Ordinal).Skip(1).Any())
            .ToList();
        var names = differing.ToDictionary(k => k, k => ShortName(k, differing), StringComparer.Ordinal);
        var labels = configs.Select(c => string.Join(", ", differing.Select(k => names[k] + "=" + (c.GetValueOrDefault(k) ?? Unset)))).ToList();
        bool usable = configs.Length > 1 && labels.Distinct(StringComparer.Ordinal).Count() == labels.Count;
        return usable ? [.. labels] : [.. configKeys];
    }

    /// <summary>
    /// The shortest dotted suffix of <paramref name="key"/> that no other differing parameter ends with
    /// ("model_args.pretrained" → "pretrained"), so the value, not a long path of nested names, fills the label.
    /// </summary>
    public static string ShortName(string key, IReadOnlyList<string> differing)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(differing);
        string[] segments = key.Split('.');
        for (int take = 1; take < segments.Length; take++)
        {
            string suffix = string.Join('.', segments[^take..]);
            if (segments[^take].Length > 0 && !differing.Any(d => d != key && (d == suffix || d.EndsWith("." + suffix, StringComparison.Ordinal))))
            {
                return suffix;
            }
        }

        return key;
    }
}
