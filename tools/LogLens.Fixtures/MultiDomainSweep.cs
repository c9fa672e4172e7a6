namespace LogLens.Fixtures;

/// <summary>
/// Four configs × 5 seeds evaluated on four customer-support domains (scores.csv). Planted: the
/// "winning" config gains on billing and refunds but loses on legal (LL604, LL603); the domains rank
/// configs differently (LL605); on shipping every config is within seed noise, measured precisely enough to exclude a difference of 0.01
/// (LL601, LL602).
/// </summary>
internal static class MultiDomainSweep
{
    private static readonly (string Template, double Lr)[] Configs = [("v1", 1e-4), ("v1", 2e-4), ("v2", 1e-4), ("v2", 2e-4)];

    private static readonly (string Dataset, double[] Means)[] Domains =
    [
        ("billing", [0.800, 0.810, 0.835, 0.870]),
        ("refunds", [0.700, 0.710, 0.750, 0.790]),
        ("shipping", [0.781, 0.781, 0.781, 0.781]),
        ("legal", [0.665, 0.650, 0.635, 0.580]),
    ];

    public static void Write(string root, bool planted = true)
    {
        var rng = new Gaussian(4242);
        for (int c = 0; c < Configs.Length; c++)
        {
            (string template, double lr) = Configs[c];
            for (int seed = 1; seed <= 5; seed++)
            {
                string dir = Path.Combine(root, $"template-{template}_lr-{(lr < 1.5e-4 ? "1e-4" : "2e-4")}", $"seed-{seed}");
                RunWriter.Params(dir, ("prompt_template", template), ("learning_rate", lr), ("epochs", 2), ("seed", seed));
                var rows = Domains.Select(d =>
                {
                    double mean = planted ? d.Means[c] : 0.60 + (0.05 * c) + (d.Dataset.Length * 0.01);
                    // Shipping is measured precisely enough (seed SD 0.002) that the data exclude a config difference of
                    // 0.01, so "within seed noise" (LL601) can be claimed, not only "can't tell" (LL607).
                    double sd = planted && d.Dataset == "shipping" ? 0.002 : 0.010;
                    return (d.Dataset, "accuracy", Math.Clamp(mean + rng.Next(0, sd), 0, 1), 500);
                });
                RunWriter.Scores(dir, rows.ToList());
            }
        }
    }
}
