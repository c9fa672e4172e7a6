namespace LogLens.Core.Ingest.Formats.HfTrainer;

/// <summary>
/// The dataset axis hidden in HF metric names. With several eval sets the Trainer prefixes every metric with
/// <c>eval_&lt;name&gt;_</c> (also <c>test_</c>/<c>predict_</c>); a name counts as a dataset when both its
/// <c>_runtime</c> and <c>_samples_per_second</c> keys exist (the Trainer always writes those two), so a metric
/// like eval_mean_token_loss is not mistaken for a dataset called "mean_token".
/// </summary>
internal static class EvalDatasets
{
    private static readonly string[] Prefixes = ["eval_", "test_", "predict_"];

    /// <summary>The (prefix, dataset) pairs found among <paramref name="keys"/>, longest first.</summary>
    public static List<(string Prefix, string Dataset)> Find(IReadOnlyCollection<string> keys)
    {
        var set = keys as IReadOnlySet<string> ?? new HashSet<string>(keys, StringComparer.Ordinal);
        var found = new List<(string Prefix, string Dataset)>();
        foreach (string key in keys)
        {
            foreach (string prefix in Prefixes)
            {
                if (key.Length > prefix.Length + "_runtime".Length && key.StartsWith(prefix, StringComparison.Ordinal)
                    && key.EndsWith("_runtime", StringComparison.Ordinal))
                {
                    string dataset = key[prefix.Length..^"_runtime".Length];
                    if (set.Contains(prefix + dataset + "_samples_per_second"))
                    {
                        found.Add((prefix, dataset));
                    }
                }
            }
        }

        return [.. found.Distinct().OrderByDescending(f => f.Dataset.Length).ThenBy(f => f.Dataset, StringComparer.Ordinal)];
    }

    /// <summary>"eval_squad_f1" → ("squad", "eval_f1") when squad is one of <paramref name="datasets"/>; else null.</summary>
    public static (string Dataset, string Metric)? Split(string key, List<(string Prefix, string Dataset)> datasets)
    {
        foreach ((string prefix, string dataset) in datasets)
        {
            if (key.Length > prefix.Length + dataset.Length + 1 && key.StartsWith(prefix, StringComparison.Ordinal)
                && key.AsSpan(prefix.Length).StartsWith(dataset, StringComparison.Ordinal) && key[prefix.Length + dataset.Length] == '_')
            {
                return (dataset, prefix + key[(prefix.Length + dataset.Length + 1)..]);
            }
        }

        return null;
    }
}
