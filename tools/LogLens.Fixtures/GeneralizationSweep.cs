namespace LogLens.Fixtures;

/// <summary>
/// A gain that does not generalize (LL603): 3 configs × 5 seeds scored on four support domains (scores.csv). The
/// best config (template v2, lr 2e-4) beats the runner-up (v2, lr 1e-4) by 4 points on billing and refunds, and by
/// half a point — below the 0.01 that matters — on shipping and legal, where it is therefore no winner beyond seed noise
/// either (LL602 on those two). Both beat v1 by 5 points everywhere, so the domains still agree on the ranking (no
/// LL605) and nothing gets worse (no LL604). The clean twin: the best config gains 3 points on every domain.
/// </summary>
internal static class GeneralizationSweep
{
    private static readonly (string Template, double Lr)[] Configs = [("v1", 1e-4), ("v2", 1e-4), ("v2", 2e-4)];

    private static readonly string[] Domains = ["billing", "refunds", "shipping", "legal"];

    private const int Seeds = 5;

    public const string Yaml = """
        metrics:
          accuracy: {role: business, direction: higher}
        seed_keys: [seed]

        """;

    public static void Write(string root, bool planted = true)
    {
        var rng = new Gaussian(603);
        for (int c = 0; c < Configs.Length; c++)
        {
            (string template, double lr) = Configs[c];

            // Seed noise (SD 0.01) centred within each config and domain, so each cell's mean is exactly the planted level
            // and the example shows the pattern, not a lucky or unlucky draw.
            double[][] noise = [.. Domains.Select(_ => Centred([.. Enumerable.Range(0, Seeds).Select(_ => rng.Next(0, 0.01))]))];
            for (int seed = 1; seed <= Seeds; seed++)
            {
                string dir = Path.Combine(root, $"template-{template}_lr-{(lr < 1.5e-4 ? "1e-4" : "2e-4")}", $"seed-{seed}");
                RunWriter.Params(dir, ("prompt_template", template), ("learning_rate", lr), ("seed", seed));
                var rows = Domains.Select((domain, d) =>
                {
                    double baseLevel = 0.70 + (0.02 * d);
                    double gain = c switch
                    {
                        0 => 0,
                        1 => 0.05,
                        _ => 0.05 + (planted ? (d < 2 ? 0.04 : 0.005) : 0.03),
                    };
                    return (domain, "accuracy", baseLevel + gain + noise[d][seed - 1], 500);
                });
                RunWriter.Scores(dir, [.. rows]);
            }
        }
    }

    private static double[] Centred(double[] values) => [.. values.Select(v => v - values.Average())];
}
