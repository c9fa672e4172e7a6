namespace LogLens.Fixtures;

/// <summary>
/// A LoRA sweep of a support assistant on one dataset: 6 configs × 3 seeds with train/eval loss and a
/// business metric (task success) at every checkpoint. Planted: eval loss anti-correlated with task
/// success across configs (LL303, LL304); loss falling while task success sags in the lr=3e-5, r=8 runs
/// (LL301); overfitting in the lr=1e-4, r=16 runs (LL103); an fp16 overflow (Inf loss) in one run (LL101).
/// </summary>
internal static class SupportBotSweep
{
    private sealed record Config(double Lr, int Rank, double FinalEvalLoss, double FinalSuccess, bool Sagging, bool Overfits);

    private static readonly Config[] Configs =
    [
        new(1e-5, 8, 1.30, 0.712, false, false),
        new(1e-5, 16, 1.25, 0.690, false, false),
        new(3e-5, 8, 1.10, 0.655, true, false),
        new(3e-5, 16, 1.05, 0.640, false, false),
        new(1e-4, 8, 0.95, 0.600, false, false),
        new(1e-4, 16, 1.00, 0.615, false, true),
    ];

    public static void Write(string root, bool planted = true)
    {
        var rng = new Gaussian(20261123);
        foreach (Config config in Configs)
        {
            for (int seed = 1; seed <= 3; seed++)
            {
                string lr = config.Lr.ToString("0e0", System.Globalization.CultureInfo.InvariantCulture).Replace("e-0", "e-", StringComparison.Ordinal);
                string dir = Path.Combine(root, $"lr-{lr}_r-{config.Rank}", $"seed-{seed}");
                RunWriter.Params(dir, ("learning_rate", config.Lr), ("lora_r", config.Rank), ("epochs", 3), ("batch_size", 16), ("seed", seed), ("dataset", "tickets"));
                Config used = planted ? config : config with { Sagging = false, Overfits = false, FinalSuccess = 0.58 + ((1.30 - config.FinalEvalLoss) * 0.4) };
                RunWriter.Metrics(dir, ["step", "epoch", "train/loss", "eval/loss", "eval/task_success"], Rows(used, planted, seed, rng));
            }
        }
    }

    private static IEnumerable<double?[]> Rows(Config config, bool planted, int seed, Gaussian rng)
    {
        const int last = 1500;
        double seedShift = rng.Next(0, 0.006);
        for (int step = 20; step <= last; step += 20)
        {
            double t = step / (double)last;
            double train = (config.FinalEvalLoss - 0.25) + ((2.6 - config.FinalEvalLoss) * Math.Exp(-step / 250.0)) + rng.Next(0, 0.03);
            if (planted && config.Lr > 5e-5 && config.Rank == 8 && seed == 3 && step == 880)
            {
                train = double.PositiveInfinity; // fp16 overflow
            }

            double?[] row = [step, Math.Round(3.0 * t, 3), train, null, null];
            if (step % 50 == 0)
            {
                double evalLoss = config.Overfits
                    ? (config.FinalEvalLoss - 0.2) + ((2.5 - config.FinalEvalLoss) * Math.Exp(-step / 180.0)) + (0.2 * Math.Pow(Math.Max(0, step - 500) / 1000.0, 2)) + rng.Next(0, 0.004)
                    : config.FinalEvalLoss + ((2.5 - config.FinalEvalLoss) * Math.Exp(-step / 300.0)) + rng.Next(0, 0.006);
                double success = config.Sagging
                    ? config.FinalSuccess + 0.03 - (0.03 * t) + rng.Next(0, 0.004)
                    : 0.35 + ((config.FinalSuccess - 0.35) * (1 - Math.Exp(-step / 260.0))) + seedShift + rng.Next(0, 0.005);
                row[3] = evalLoss;
                row[4] = success;
            }

            yield return row;
        }
    }
}
