using System.Globalization;

namespace LogLens.Fixtures;

/// <summary>
/// A 3 (learning rate) × 3 (warmup) grid × 3 seeds scored on one dataset (scores.csv). Planted: no
/// parameter changes accuracy; every config is seed noise (SD 0.0015) around 0.72 (LL601, LL602, LL901). The clean
/// twin: accuracy rises 3 points per learning-rate step.
/// </summary>
internal static class SaturationSweep
{
    public const string Yaml = """
        metrics:
          accuracy: {role: business, direction: higher}
        seed_keys: [seed]

        """;

    public static void Write(string root, bool planted = true)
    {
        var rng = new Gaussian(901);
        double[] lrs = [1e-5, 3e-5, 1e-4];
        for (int l = 0; l < lrs.Length; l++)
        {
            foreach (int warmup in new[] { 0, 100, 500 })
            {
                for (int seed = 1; seed <= 3; seed++)
                {
                    string lr = lrs[l].ToString("0e-0", CultureInfo.InvariantCulture);
                    string dir = Path.Combine(root, $"lr-{lr}_warmup-{warmup}", $"seed-{seed}");
                    RunWriter.Params(dir, ("learning_rate", lrs[l]), ("warmup_steps", warmup), ("seed", seed));
                    double mean = 0.72 + (planted ? 0 : 0.03 * l);
                    // Planted: seed SD 0.0015, precise enough that the data exclude a 0.01 difference between configs, so
                    // "within seed noise" (LL601) and "saturated" (LL901) are claims the data support, not "can't tell".
                    RunWriter.Scores(dir, [("support", "accuracy", mean + rng.Next(0, planted ? 0.0015 : 0.01), 1000)]);
                }
            }
        }
    }
}
