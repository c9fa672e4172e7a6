using System.Globalization;

namespace LogLens.Fixtures;

/// <summary>
/// A support-intent classifier sweep, 3 learning rates × 2 epochs × 3 seeds, one graded sample per prompt
/// (samples.jsonl with slice and expected). Planted: the learning rate lifts the common intents while the
/// edge-case slice stays at 0.55 (LL201, LL202), a 12-item rare-class slice (LL203, info), and six prompts
/// whose expected intent differs between runs (LL204). The clean twin: edge cases move with the learning
/// rate, the rare class has 40 items, labels agree.
/// </summary>
internal static class DataSweep
{
    private static readonly string[] Intents = ["refund", "replace", "track", "cancel", "escalate"];

    public const string Yaml = """
        # Slices come from the samples' "slice" field; the edge kind names which ones are edge cases.
        seed_keys: [seed]
        slices:
          edge: [edge_cases, rare_class]

        """;

    public static void Write(string root, bool planted = true)
    {
        var rng = new Random(11);
        double[] lrs = [1e-5, 3e-5, 1e-4];
        for (int l = 0; l < lrs.Length; l++)
        {
            foreach (int epochs in new[] { 2, 3 })
            {
                for (int seed = 1; seed <= 3; seed++)
                {
                    string lr = lrs[l].ToString("0e-0", CultureInfo.InvariantCulture);
                    string dir = Path.Combine(root, $"lr-{lr}_ep-{epochs}", $"seed-{seed}");
                    RunWriter.Params(dir, ("learning_rate", lrs[l]), ("epochs", epochs), ("seed", seed));
                    var lines = new List<SampleWriter.Line>();
                    lines.AddRange(Slice(rng, "common", 240, 0.62 + (0.08 * l), planted, seed));
                    lines.AddRange(Slice(rng, "edge_cases", 60, planted ? 0.55 : 0.47 + (0.08 * l), planted, seed));
                    lines.AddRange(Slice(rng, "rare_class", planted ? 12 : 40, planted ? 0.5 : 0.45 + (0.08 * l), planted, seed));
                    SampleWriter.Write(dir, lines);
                }
            }
        }
    }

    private static IEnumerable<SampleWriter.Line> Slice(Random rng, string slice, int count, double p, bool planted, int seed)
    {
        for (int i = 0; i < count; i++)
        {
            string prompt = $"{slice}-{i:000}";
            string expected = Intents[(i * 7) % Intents.Length];
            if (planted && slice == "common" && i % 40 == 3 && seed == 2)
            {
                expected = Intents[((i * 7) + 1) % Intents.Length]; // relabelled in one run's copy of the eval set
            }

            bool correct = rng.NextDouble() < p;
            string output = correct ? expected : Intents[((i * 7) + 2) % Intents.Length];
            yield return new SampleWriter.Line(prompt, 0, output, correct, slice, expected);
        }
    }
}
