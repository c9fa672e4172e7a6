namespace LogLens.Core.Model;

/// <summary>Name conventions shared by role inference and the dynamics detectors.</summary>
public static class MetricNames
{
    private static readonly string[] ProxyTokens = ["loss", "perplexity", "ppl", "bleu", "rouge", "nll", "chrf"];
    private static readonly string[] LowerIsBetterTokens = ["loss", "perplexity", "ppl", "nll", "error", "wer", "cer", "mse", "mae", "rmse"];
    private static readonly string[] OtherTokens =
    [
        "learning_rate", "lr", "grad_norm", "epoch", "runtime", "samples_per_second", "steps_per_second",
        "flos", "wall_time", "num_input_tokens_seen", "step", "time", "memory",
        "throughput", "total_tokens", "vram_allocated", "vram_reserved",
    ];

    /// <summary>The last path segment, lower-cased: "eval/accuracy" → "accuracy".</summary>
    public static string Leaf(string name)
    {
        int cut = name.LastIndexOfAny(['/', '.']);
        return (cut >= 0 ? name[(cut + 1)..] : name).ToLowerInvariant();
    }

    /// <summary>True for loss-like names (loss, perplexity, NLL).</summary>
    public static bool IsLoss(string name)
    {
        string lower = name.ToLowerInvariant();
        return lower.Contains("loss", StringComparison.Ordinal) || lower.Contains("perplexity", StringComparison.Ordinal)
            || Leaf(name) is "ppl" or "nll";
    }

    /// <summary>True for evaluation-side names: eval/, val/, valid, test/ prefixes.</summary>
    public static bool IsEval(string name)
    {
        string lower = name.ToLowerInvariant();
        return lower.StartsWith("eval", StringComparison.Ordinal) || lower.StartsWith("val", StringComparison.Ordinal)
            || lower.StartsWith("test", StringComparison.Ordinal) || lower.Contains("/eval", StringComparison.Ordinal)
            || lower.Contains("/val", StringComparison.Ordinal);
    }

    /// <summary>True for training-side losses: "loss", "train/loss", "train_loss".</summary>
    public static bool IsTrainLoss(string name) => IsLoss(name) && !IsEval(name);

    /// <summary>
    /// Lightning's on_step/on_epoch logging names a metric "train_loss_step" / "val_acc_epoch": the suffix is dropped
    /// when the rest is clearly a metric (a split prefix or a loss-like token), so "global_step" stays a counter.
    /// </summary>
    private static string WithoutLoggingSuffix(string leaf)
    {
        foreach (string suffix in (ReadOnlySpan<string>)["_step", "_epoch"])
        {
            if (leaf.EndsWith(suffix, StringComparison.Ordinal) && leaf.Length > suffix.Length)
            {
                string stem = leaf[..^suffix.Length];
                bool metric = stem.StartsWith("train", StringComparison.Ordinal) || IsEval(stem)
                    || ProxyTokens.Concat(LowerIsBetterTokens).Any(t => stem.Contains(t, StringComparison.Ordinal));
                return metric ? stem : leaf;
            }
        }

        return leaf;
    }

    /// <summary>Infers a role and direction from a metric name.</summary>
    public static MetricDefinition Infer(string name)
    {
        string lower = name.ToLowerInvariant();
        string leaf = WithoutLoggingSuffix(Leaf(name));
        // Short tokens (wer, cer, mse, nll, ppl) must be whole words: "answer_correctness" is not a WER.
        string[] words = leaf.Split(['_', '-', ' '], StringSplitOptions.RemoveEmptyEntries);
        bool lowerIsBetter = LowerIsBetterTokens.Any(t => words.Any(w => w == t || (t.Length > 3 && w.Contains(t, StringComparison.Ordinal))));
        if (lower.StartsWith("lr-", StringComparison.Ordinal) || lower.StartsWith("system/", StringComparison.Ordinal))
        {
            // Lightning's LearningRateMonitor (lr-AdamW, lr-AdamW/pg1) and MLflow's system metrics (system/gpu_0_memory_usage_megabytes).
            return new MetricDefinition(name, MetricRole.Other, HigherIsBetter: true, Assumed: true);
        }

        string numbered = leaf.TrimEnd("0123456789".ToCharArray()); // per-group values: YOLOv5's x/lr0, x/lr1, x/lr2
        if (OtherTokens.Any(t => leaf == t || numbered == t || leaf.EndsWith("_" + t, StringComparison.Ordinal)) || lower.StartsWith('_'))
        {
            return new MetricDefinition(name, MetricRole.Other, !lowerIsBetter, Assumed: true);
        }

        MetricRole role = ProxyTokens.Any(t => leaf.Contains(t, StringComparison.Ordinal)) ? MetricRole.Proxy : MetricRole.Business;
        return new MetricDefinition(name, role, !lowerIsBetter, Assumed: true);
    }
}
