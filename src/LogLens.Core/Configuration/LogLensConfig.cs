using System.Collections.Immutable;

namespace LogLens.Core.Configuration;

/// <summary>The analysis configuration: loglens.yaml, or the defaults when it is absent.</summary>
public sealed record LogLensConfig
{
    /// <summary>The defaults used when no loglens.yaml exists.</summary>
    public static LogLensConfig Default { get; } = new();

    /// <summary>Configured metric roles by exact metric name; metrics not listed are inferred.</summary>
    public ImmutableSortedDictionary<string, MetricSetting> Metrics { get; init; } =
        ImmutableSortedDictionary.Create<string, MetricSetting>(StringComparer.Ordinal);

    /// <summary>Parameter keys that hold a seed; '*' is a wildcard ("*_seed").</summary>
    public ImmutableArray<string> SeedKeys { get; init; } = ["seed", "*_seed", "*.seed", "random_state", "data_seed"];

    /// <summary>Parameter keys that name the dataset, first match wins.</summary>
    public ImmutableArray<string> DatasetKeys { get; init; } = ["dataset", "dataset_name", "data.name", "task"];

    /// <summary>Parameter keys that never distinguish configs (names, paths, timestamps).</summary>
    public ImmutableArray<string> IgnoreKeys { get; init; } =
        ["run_name", "output_dir", "logging_dir", "name", "run_id", "timestamp", "*_dir", "*_path", "wandb.*", "mlflow.*"];

    /// <summary>Slice kinds (edge, refusal, rule) mapped to slice names.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> Slices { get; init; } =
        ImmutableSortedDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal);

    /// <summary>Parameter groups (retrieval, generation) mapped to parameter keys.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> ParameterGroups { get; init; } =
        ImmutableSortedDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal);

    /// <summary>
    /// Regex that marks an output as a refusal or hand-over when a sample has no <c>refused</c> field (<see cref="Configuration.RefusalPattern"/>).
    /// </summary>
    public string RefusalPattern { get; init; } = Configuration.RefusalPattern.Default;

    /// <summary>True when loglens.yaml says <c>studies: pool</c>: runs of different studies are compared with each other.</summary>
    public bool PoolStudies { get; init; }

    /// <summary>Detector thresholds.</summary>
    public Thresholds Thresholds { get; init; } = new();

    /// <summary>Accepted findings (<c>suppress:</c>), in file order.</summary>
    public ImmutableArray<Suppression> Suppressions { get; init; } = [];

    /// <summary>The parameter group of <paramref name="key"/>: configured in <see cref="ParameterGroups"/>, else inferred from the name.</summary>
    public string? GroupOf(string key) => ParameterGroupNames.GroupOf(key, ParameterGroups);

    /// <summary>True when <paramref name="key"/> matches one of <paramref name="patterns"/> ('*' wildcard, ordinal, case-insensitive).</summary>
    public static bool Matches(string key, ImmutableArray<string> patterns)
    {
        foreach (string pattern in patterns)
        {
            int star = pattern.IndexOf('*', StringComparison.Ordinal);
            bool hit = star < 0
                ? string.Equals(key, pattern, StringComparison.OrdinalIgnoreCase)
                : key.Length >= pattern.Length - 1
                  && key.StartsWith(pattern[..star], StringComparison.OrdinalIgnoreCase)
                  && key.EndsWith(pattern[(star + 1)..], StringComparison.OrdinalIgnoreCase);
            if (hit)
            {
                return true;
            }
        }

        return false;
    }
}
