namespace LogLens.Fixtures;

/// <summary>
/// A decoding sweep: 3 temperatures × 2 seeds, 80 prompts × 6 samples each, graded. Planted: at
/// temperature 0.7 and 1.0 a quarter of the prompts flip between three answers (LL606 per run).
/// The clean twin: every prompt gives its answer with p = .97.
/// </summary>
internal static class SamplesSweep
{
    private static readonly string[] Answers = ["42", "17", "8"];

    public const string Yaml = """
        seed_keys: [seed]

        """;

    public static void Write(string root, bool planted = true)
    {
        var rng = new Random(606);
        foreach (double temperature in new[] { 0.2, 0.7, 1.0 })
        {
            for (int seed = 1; seed <= 2; seed++)
            {
                string dir = Path.Combine(root, $"temperature-{temperature:0.0}", $"seed-{seed}");
                RunWriter.Params(dir, ("temperature", temperature), ("seed", seed));
                var lines = new List<SampleWriter.Line>();
                for (int p = 0; p < 80; p++)
                {
                    bool unstable = planted && temperature > 0.5 && p % 4 == 0;
                    double mode = unstable ? 0.5 : 0.97;
                    for (int s = 0; s < 6; s++)
                    {
                        double u = rng.NextDouble();
                        string answer = u < mode ? Answers[0] : u < mode + ((1 - mode) / 2) ? Answers[1] : Answers[2];
                        // Formatting noise that normalisation must absorb: "42." and " 42" are the same answer.
                        string output = s % 3 == 1 ? answer + "." : s % 3 == 2 ? " " + answer : answer;
                        lines.Add(new SampleWriter.Line($"q{p:000}", s, output, answer == Answers[0], Expected: Answers[0]));
                    }
                }

                SampleWriter.Write(dir, lines);
            }
        }
    }
}
