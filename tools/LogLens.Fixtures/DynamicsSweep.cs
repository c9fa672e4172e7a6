using System.Globalization;

namespace LogLens.Fixtures;

/// <summary>
/// The training-dynamics scenarios (LL102, LL104–LL107): a 4-class classifier fine-tuned at two learning rates × 2
/// seeds, train and eval loss in metrics.csv (train every 10 steps, eval every 20, 2,000 steps; the loss starts at
/// ln 4, the loss of uniform guessing). The lr=1e-4 runs are healthy in every scenario: their loss levels off with
/// noise too large to call the tail flat (no LL104) and no trend left (no LL106). The second learning rate carries the
/// planted pattern: it blows up after step 600 (LL102), levels off early and precisely (LL104), has seven one-step
/// spikes (LL105), is still falling when training stops (LL106), or never leaves ln 4 (LL107). The clean twin trains
/// both learning rates normally.
/// </summary>
internal static class DynamicsSweep
{
    public enum Pattern
    {
        None,
        Diverged,
        Plateau,
        Spikes,
        StillImproving,
        NotLearning,
    }

    /// <summary>Scenario folder and the planted config's learning rate per pattern.</summary>
    public static readonly (string Folder, Pattern Pattern, double Lr)[] Scenarios =
    [
        ("dynamics-clean", Pattern.None, 3e-4),
        ("dynamics-diverged", Pattern.Diverged, 1e-3),
        ("dynamics-plateau", Pattern.Plateau, 3e-4),
        ("dynamics-spikes", Pattern.Spikes, 3e-4),
        ("dynamics-still-improving", Pattern.StillImproving, 2e-5),
        ("dynamics-not-learning", Pattern.NotLearning, 1e-7),
    ];

    public const string Yaml = """
        metrics:
          train/loss: {role: proxy, direction: lower}
          eval/loss: {role: proxy, direction: lower}
        seed_keys: [seed]
        thresholds: {num_classes: 4}   # chance level for LL107: loss ln 4, accuracy 1/4

        """;

    private const int LastStep = 2000;

    private static readonly int[] SpikeSteps = [250, 480, 700, 950, 1230, 1500, 1780];

    public static void Write(string root, Pattern pattern, double plantedLr)
    {
        var rng = new Gaussian(104 + (int)pattern);
        foreach ((double lr, Pattern shape) in new[] { (1e-4, Pattern.None), (plantedLr, pattern) })
        {
            for (int seed = 1; seed <= 2; seed++)
            {
                string dir = Path.Combine(root, $"lr-{lr.ToString("0e-0", CultureInfo.InvariantCulture)}", $"seed-{seed}");
                RunWriter.Params(dir, ("learning_rate", lr), ("epochs", 4), ("batch_size", 32), ("seed", seed));
                RunWriter.Metrics(dir, ["step", "train/loss", "eval/loss"], Rows(rng, shape, healthyFloor: lr == 1e-4 ? 0.35 : 0.30));
            }
        }

        File.WriteAllText(Path.Combine(root, "loglens.yaml"), Yaml);
    }

    private static IEnumerable<double?[]> Rows(Gaussian rng, Pattern shape, double healthyFloor)
    {
        double start = Math.Log(4);
        for (int step = 10; step <= LastStep; step += 10)
        {
            (double train, double eval) = shape switch
            {
                // A steady blow-up after step 600: both losses end above where they started.
                Pattern.Diverged => (Decay(step, 0.35, 250) + Blowup(step) + rng.Next(0, 0.03), Decay(step, 0.40, 300) + Blowup(step) + rng.Next(0, 0.03)),

                // Converged by step 800 and measured precisely: the last 20% change by far less than 1% of the drop.
                Pattern.Plateau => (Decay(step, 0.30, 120) + rng.Next(0, 0.002), Decay(step, 0.36, 140) + rng.Next(0, 0.002)),

                Pattern.Spikes => (Decay(step, 0.35, 250) + (SpikeSteps.Contains(step) ? 0.8 : 0) + rng.Next(0, 0.03), Decay(step, 0.40, 300) + rng.Next(0, 0.02)),

                // A small learning rate: the loss is still coming down steadily at step 2,000.
                Pattern.StillImproving => (Decay(step, 0.35, 1400) + rng.Next(0, 0.02), Decay(step, 0.40, 1500) + rng.Next(0, 0.01)),

                // The weights barely move: the loss stays at ln 4 throughout.
                Pattern.NotLearning => (start + rng.Next(0, 0.01), start + rng.Next(0, 0.004)),

                // Healthy: levels off by step 1,500, with noise too large to call the tail flat.
                _ => (Decay(step, healthyFloor, 250) + rng.Next(0, 0.04), Decay(step, healthyFloor + 0.05, 300) + rng.Next(0, 0.03)),
            };

            yield return [step, train, step % 20 == 0 ? eval : null];
        }
    }

    /// <summary>From ln 4 down to <paramref name="floor"/> with time constant <paramref name="tau"/> steps.</summary>
    private static double Decay(int step, double floor, double tau) => floor + ((Math.Log(4) - floor) * Math.Exp(-step / tau));

    // Linear, not accelerating: a rise much faster than the noise would also read as a spike that never recovers (LL105).
    private static double Blowup(int step) => step <= 600 ? 0 : 1.4 * (step - 600) / (LastStep - 600);
}
