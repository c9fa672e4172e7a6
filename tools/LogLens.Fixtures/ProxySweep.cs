using System.Globalization;

namespace LogLens.Fixtures;

/// <summary>
/// An uninformative proxy (LL302): a LoRA sweep of 4 learning rates × 3 ranks × 2 seeds, final eval loss and task
/// success per run in scores.csv. Task success rises steadily across the 12 configs; the eval loss orders them at
/// random (Kendall τ-b 0 between the config means), except that the config with the best eval loss is also the one with
/// the best task success, so picking by the proxy costs nothing here (no LL304) — it just says nothing about the rest.
/// The clean twin: the eval loss ranks the configs exactly as task success does.
/// </summary>
internal static class ProxySweep
{
    // The proxy rank of the config with business rank i (11 = best); τ-b between the two orders is exactly 0.
    private static readonly int[] ProxyRank = [8, 2, 10, 7, 5, 1, 3, 0, 9, 6, 4, 11];

    public const string Yaml = """
        metrics:
          eval/loss: {role: proxy, direction: lower}
          eval/task_success: {role: business, direction: higher}
        seed_keys: [seed]

        """;

    public static void Write(string root, bool planted = true)
    {
        var rng = new Gaussian(302);
        double[] lrs = [1e-5, 3e-5, 1e-4, 3e-4];
        int[] ranks = [8, 16, 32];
        for (int c = 0; c < lrs.Length * ranks.Length; c++)
        {
            double lr = lrs[c / ranks.Length];
            int r = ranks[c % ranks.Length];
            int proxyRank = planted ? ProxyRank[c] : c;
            for (int seed = 1; seed <= 2; seed++)
            {
                string dir = Path.Combine(root, $"lr-{lr.ToString("0e-0", CultureInfo.InvariantCulture)}_r-{r}", $"seed-{seed}");
                RunWriter.Params(dir, ("learning_rate", lr), ("lora_r", r), ("seed", seed), ("dataset", "tickets"));
                double loss = 1.30 - (0.015 * proxyRank) + rng.Next(0, 0.003);
                double success = 0.60 + (0.012 * c) + rng.Next(0, 0.004);
                RunWriter.Scores(dir, [("tickets", "eval/loss", loss, 800), ("tickets", "eval/task_success", success, 800)]);
            }
        }
    }
}
