using System.Globalization;
using System.Text;

namespace LogLens.Fixtures;

/// <summary>A large generic folder for the end-to-end benchmark: runs × steps × 6 metrics, 10 seeds per config.</summary>
internal static class LargeFolder
{
    private static readonly double[] LearningRates = [1e-5, 3e-5, 1e-4, 3e-4];
    private static readonly int[] Ranks = [8, 16, 32, 64];

    public static void Write(string root, int runs, int steps)
    {
        Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var rng = new Gaussian(1000 + i);
            int config = i / 10;
            double lr = LearningRates[config % 4];
            int rank = Ranks[(config / 4) % 4];
            string dir = Path.Combine(root, $"config-{config:D4}", $"seed-{i % 10}");
            RunWriter.Params(dir, ("learning_rate", lr), ("lora_r", rank), ("warmup", (config / 16) * 50), ("seed", i % 10), ("dataset", (config % 3) switch { 0 => "billing", 1 => "refunds", _ => "legal" }));
            var sb = new StringBuilder(steps * 64);
            sb.Append("step,train/loss,eval/loss,eval/accuracy,eval/f1,learning_rate,grad_norm\n");
            double quality = 0.6 + (0.05 * Math.Log10(lr / 1e-5)) + rng.Next(0, 0.01);
            for (int s = 1; s <= steps; s++)
            {
                double decay = Math.Exp(-s / (steps / 5.0));
                sb.Append(s.ToString(CultureInfo.InvariantCulture)).Append(',')
                  .Append(RunWriter.Number(0.8 + (1.8 * decay) + rng.Next(0, 0.03))).Append(',')
                  .Append(RunWriter.Number(0.9 + (1.6 * decay) + rng.Next(0, 0.01))).Append(',')
                  .Append(RunWriter.Number(quality * (1 - (0.5 * decay)) + rng.Next(0, 0.005))).Append(',')
                  .Append(RunWriter.Number(quality * 0.95 * (1 - (0.5 * decay)) + rng.Next(0, 0.005))).Append(',')
                  .Append(RunWriter.Number(lr * (1 - (s / (double)steps)))).Append(',')
                  .Append(RunWriter.Number(Math.Abs(rng.Next(1, 0.2)))).Append('\n');
            }

            File.WriteAllText(Path.Combine(dir, "metrics.csv"), sb.ToString());
        });
    }
}
