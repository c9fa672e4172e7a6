using LogLens.Core.Configuration;

namespace LogLens.Core.Model;

/// <summary>
/// Name conventions shared by role inference, proxy pairing and the dynamics detectors (docs/methods.md, "Metric
/// roles"). A role is inferred only from strong evidence: a name in the tables below (after the split and
/// aggregation prefixes are taken off), or metadata the tool writes (lm-eval's <c>higher_is_better</c>). Anything
/// else — gradient and weight norms, learning rates, runtimes, throughput, counters, custom gauges — is
/// <see cref="MetricRole.Other"/>: listed by LL003 with the <c>loglens.yaml</c> line that would set it, never judged.
/// </summary>
internal static class MetricNames
{
    /// <summary>Proxy names: what an optimiser or a text-overlap score sees (words of the stem).</summary>
    private static readonly HashSet<string> ProxyWords = new(StringComparer.Ordinal)
    {
        "loss", "perplexity", "ppl", "nll", "bleu", "sacrebleu", "rouge", "rouge1", "rouge2", "rougel", "rougelsum", "chrf",
        "meteor", "mse", "rmse", "mae", "bpb", "logloss", "crossentropy", "xent",
    };

    /// <summary>Stems that are proxies though no single word says so (lm-eval's perplexity-type metrics).</summary>
    private static readonly HashSet<string> ProxyStems = new(StringComparer.Ordinal)
    {
        "word_perplexity", "byte_perplexity", "bits_per_byte", "token_perplexity", "log_likelihood", "cross_entropy",
    };

    /// <summary>Business metrics where higher is better: exact stems.</summary>
    private static readonly HashSet<string> BusinessHigher = new(StringComparer.Ordinal)
    {
        "accuracy", "acc", "acc_norm", "acc_mutual_info", "balanced_accuracy", "top1", "top5", "top1_accuracy", "top5_accuracy",
        "f1", "f1_score", "macro_f1", "micro_f1", "weighted_f1", "f1_macro", "f1_micro", "f1_weighted", "exact_match", "em",
        "exact", "precision", "recall", "auc", "roc_auc", "auroc", "pr_auc", "average_precision", "map", "map50", "map_50",
        "map50-95", "map_50_95", "mcc", "matthews_correlation", "r2", "r2_score", "success", "task_success", "success_rate",
        "pass_rate", "win_rate", "judge_score", "rating", "answer_correctness", "answer_relevancy", "faithfulness",
        "correctness", "hit_rate", "mrr", "ndcg", "iou", "miou", "dice", "kappa", "spearman", "pearson", "pearsonr",
        "spearmanr", "mc1", "mc2", "refusal_accuracy", "bertscore", "reward_accuracy",
    };

    /// <summary>Business metrics where lower is better: error rates and lm-eval's bias measures.</summary>
    private static readonly HashSet<string> BusinessLower = new(StringComparer.Ordinal)
    {
        "wer", "cer", "ter", "error_rate", "error", "likelihood_difference", "pct_stereotype",
    };

    /// <summary>Prefixes that name the split or an aggregate, not the quantity ("eval_accuracy" is an accuracy).</summary>
    private static readonly string[] StemPrefixes =
        ["eval_", "val_", "valid_", "validation_", "test_", "train_", "dev_", "final_", "best_", "mean_", "avg_", "average_", "overall_"];

    /// <summary>Split words: the data a metric was measured on.</summary>
    private static readonly Dictionary<string, string> SplitWords = new(StringComparer.Ordinal)
    {
        ["train"] = "train", ["training"] = "train", ["eval"] = "eval", ["evaluation"] = "eval", ["val"] = "eval",
        ["valid"] = "eval", ["validation"] = "eval", ["dev"] = "eval", ["test"] = "test",
    };

    /// <summary>Path segments that group metrics without naming data ("metrics/mAP_0.5", "charts/...").</summary>
    private static readonly HashSet<string> Containers = new(StringComparer.Ordinal) { "metrics", "metric", "charts", "scores", "summary" };

    /// <summary>The last path segment, lower-cased: "eval/accuracy" → "accuracy"; "metrics/mAP_0.5" → "map_0.5".</summary>
    /// <remarks>A '.' separates a nested key ("data.height" → "height") only when a letter follows it, so "mAP_0.5" keeps its threshold.</remarks>
    public static string Leaf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string last = name[(name.LastIndexOf('/') + 1)..];
        for (int i = last.Length - 2; i >= 0; i--)
        {
            if (last[i] == '.' && char.IsLetter(last[i + 1]))
            {
                last = last[(i + 1)..];
                break;
            }
        }

        return last.ToLowerInvariant();
    }

    /// <summary>True for loss-like names (loss, perplexity, NLL).</summary>
    public static bool IsLoss(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string lower = name.ToLowerInvariant();
        return lower.Contains("loss", StringComparison.Ordinal) || lower.Contains("perplexity", StringComparison.Ordinal)
            || Leaf(name) is "ppl" or "nll";
    }

    /// <summary>True for evaluation-side names: eval/, val/, valid, test/ prefixes.</summary>
    public static bool IsEval(string name) => Split(name) is "eval" or "test";

    /// <summary>True for training-side losses: "loss", "train/loss", "train_loss".</summary>
    public static bool IsTrainLoss(string name) => IsLoss(name) && !IsEval(name);

    /// <summary>
    /// True for losses of adversarial or other min-max objectives (GAN generator/discriminator/critic losses): they
    /// are not minimised on their own, so a rise is not divergence and a flat level is not "not learning".
    /// </summary>
    public static bool IsAdversarial(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string[] words = Words(name.ToLowerInvariant().Replace('/', '_'));
        return words.Any(w => w is "gen" or "generator" or "disc" or "discriminator" or "critic" or "adv" or "adversarial" or "d" or "g" or "gan");
    }

    /// <summary>
    /// The data a metric was measured on: "train", "eval" (eval/val/valid/validation/dev), "test", or "" when the name
    /// does not say. HF Trainer's bare "loss" (and "train_loss") is the training loss.
    /// </summary>
    public static string Split(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string lower = name.ToLowerInvariant();
        foreach (string segment in lower.Split('/'))
        {
            string first = Words(segment).FirstOrDefault() ?? string.Empty;
            if (SplitWords.TryGetValue(segment, out string? split) || SplitWords.TryGetValue(first, out split))
            {
                return split;
            }

            string stem = segment.StartsWith("best_", StringComparison.Ordinal) || segment.StartsWith("final_", StringComparison.Ordinal)
                ? segment[(segment.IndexOf('_') + 1)..]
                : segment;
            if (SplitWords.TryGetValue(Words(stem).FirstOrDefault() ?? string.Empty, out split))
            {
                return split;
            }
        }

        return Leaf(name) is "loss" or "ppl_loss" ? "train" : string.Empty;
    }

    /// <summary>
    /// The task or data source a metric belongs to: the path before its leaf without split words and containers
    /// ("arc_challenge/acc" → "arc_challenge", "eval/accuracy" → "", "metrics/mAP_0.5" → "").
    /// </summary>
    public static string Task(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string[] segments = name.ToLowerInvariant().Split('/');
        return string.Join("/", segments[..^1].Where(s => !SplitWords.ContainsKey(s) && !Containers.Contains(s)));
    }

    /// <summary>
    /// True when <paramref name="proxy"/> is measured on the same data as <paramref name="business"/>: the same task and
    /// the same split (a business metric whose split is not named counts as evaluation-side). The eval loss is the proxy
    /// of the eval accuracy, never the train loss; an lm-eval task's perplexity is the proxy of that task only.
    /// </summary>
    public static bool SameData(string proxy, string business)
    {
        if (Task(proxy) != Task(business))
        {
            return false;
        }

        string p = Split(proxy);
        string b = Split(business);
        return p == b || (b.Length == 0 && p is "eval") || (p.Length == 0 && b is "eval");
    }

    /// <summary>
    /// The proxy of <paramref name="business"/> among <paramref name="proxies"/>: same data, losses before other proxies, then by name; null when none.
    /// </summary>
    public static MetricDefinition? ProxyOf(MetricDefinition business, IEnumerable<MetricDefinition> proxies)
    {
        ArgumentNullException.ThrowIfNull(business);
        return proxies.Where(p => p.Role == MetricRole.Proxy && SameData(p.Name, business.Name))
            .OrderBy(p => p.IsLoss ? 0 : 1)
            .ThenBy(p => p.Name.Length)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>
    /// The quantity a name measures: the leaf without Lightning's _step/_epoch logging suffix and without split or
    /// aggregate prefixes and without lm-eval's filter ("val_acc_epoch" → "acc", "best_val_loss" → "loss",
    /// "exact_match,strict-match" → "exact_match").
    /// </summary>
    public static string Stem(string name)
    {
        string leaf = Leaf(name);
        int filter = leaf.IndexOf(',', StringComparison.Ordinal); // lm-eval v0.4's filter: "exact_match,strict-match"
        string stem = WithoutLoggingSuffix(filter > 0 ? leaf[..filter] : leaf);
        bool cut = true;
        while (cut)
        {
            cut = false;
            foreach (string prefix in StemPrefixes)
            {
                if (stem.Length > prefix.Length && stem.StartsWith(prefix, StringComparison.Ordinal))
                {
                    stem = stem[prefix.Length..];
                    cut = true;
                }
            }
        }

        return stem;
    }

    /// <summary>Infers a role and direction from a metric name; <see cref="MetricRole.Other"/> without strong evidence.</summary>
    public static MetricDefinition Infer(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string lower = name.ToLowerInvariant();
        string stem = Stem(name);
        string[] words = Words(stem);
        if (lower.StartsWith('_') || lower.StartsWith("system/", StringComparison.Ordinal) || lower.StartsWith("lr-", StringComparison.Ordinal)
            || stem.EndsWith("_stderr", StringComparison.Ordinal) || stem.EndsWith("_std", StringComparison.Ordinal))
        {
            // Bookkeeping (W&B's _step/_runtime, MLflow's system metrics, Lightning's LearningRateMonitor), standard errors.
            return new MetricDefinition(name, MetricRole.Other, HigherIsBetter: true, Assumed: true);
        }

        if (BusinessLower.Contains(stem))
        {
            return new MetricDefinition(name, MetricRole.Business, HigherIsBetter: false, Assumed: true);
        }

        if (ProxyStems.Contains(stem) || words.Any(ProxyWords.Contains) || stem.EndsWith("loss", StringComparison.Ordinal))
        {
            return new MetricDefinition(name, MetricRole.Proxy,
                HigherIsBetter: words.Any(w => w is "bleu" or "sacrebleu" or "chrf" or "meteor" || w.StartsWith("rouge", StringComparison.Ordinal)),
                Assumed: true);
        }

        if (IsBusinessStem(stem))
        {
            return new MetricDefinition(name, MetricRole.Business, HigherIsBetter: true, Assumed: true);
        }

        return new MetricDefinition(name, MetricRole.Other, HigherIsBetter: !words.Any(w => w is "error" or "time" or "runtime" or "latency"), Assumed: true);
    }

    /// <summary>
    /// A business stem: one of the table's names, or one of them qualified by a class, threshold or k ("f1_billing",
    /// "map_0.5:0.95", "pass@1", "intent_accuracy"). Names of two letters or fewer ("em", "r2") must match exactly, except
    /// per-class F1 ("f1_billing").
    /// </summary>
    private static bool IsBusinessStem(string stem)
    {
        if (BusinessHigher.Contains(stem))
        {
            return true;
        }

        if (stem.StartsWith("f1_", StringComparison.Ordinal) || stem.StartsWith("f1-", StringComparison.Ordinal)
            || stem.StartsWith("pass@", StringComparison.Ordinal) || stem.StartsWith("hits@", StringComparison.Ordinal)
            || stem.StartsWith("ndcg@", StringComparison.Ordinal) || stem.StartsWith("recall@", StringComparison.Ordinal)
            || stem.StartsWith("precision@", StringComparison.Ordinal) || stem.StartsWith("acc@", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (string token in BusinessHigher)
        {
            if (token.Length > 2
                && ((
                    stem.StartsWith(token, StringComparison.Ordinal) && stem.Length > token.Length
                    && stem[token.Length] is '_' or '-' or '@' or ':' or '.' or (>= '0' and <= '9'))
                    || stem.EndsWith("_" + token, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Words(string text) => text.Split(['_', '-', ' ', '.', ':'], StringSplitOptions.RemoveEmptyEntries);

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
                string first = Words(stem).FirstOrDefault() ?? string.Empty;
                bool metric = SplitWords.ContainsKey(first) || Words(stem).Any(ProxyWords.Contains) || IsBusinessStem(stem);
                return metric ? stem : leaf;
            }
        }

        return leaf;
    }
}
