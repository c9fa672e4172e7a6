using System.Globalization;
using System.Text;

namespace LogLens.Benchmarks;

/// <summary>
/// Deterministic large metrics files (step + 6 metrics, values written like Python's str(float) with 6
/// decimals) in CSV and JSONL; every 997th JSONL row carries a bare NaN as Python's json writes it.
/// </summary>
public static class GeneratedFiles
{
    private static readonly string[] Metrics = ["train/loss", "eval/loss", "eval/accuracy", "eval/f1", "learning_rate", "grad_norm"];

    /// <summary>Writes metrics.csv and metrics.jsonl of <paramref name="rows"/> rows under <paramref name="folder"/> (once).</summary>
    public static (string Csv, string Jsonl) Write(string folder, int rows)
    {
        Directory.CreateDirectory(folder);
        string csv = Path.Combine(folder, "metrics.csv");
        string jsonl = Path.Combine(folder, "metrics.jsonl");
        if (File.Exists(csv) && File.Exists(jsonl))
        {
            return (csv, jsonl);
        }

        var random = new Random(20240601);
        using var c = new StreamWriter(csv, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        using var j = new StreamWriter(jsonl, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        c.WriteLine("step," + string.Join(',', Metrics));
        var line = new StringBuilder();
        for (int s = 1; s <= rows; s++)
        {
            double decay = Math.Exp(-s / (rows / 5.0));
            double[] values =
            [
                0.8 + (1.8 * decay) + (0.03 * random.NextDouble()),
                0.9 + (1.6 * decay) + (0.01 * random.NextDouble()),
                0.7 * (1 - (0.5 * decay)) + (0.005 * random.NextDouble()),
                0.66 * (1 - (0.5 * decay)) + (0.005 * random.NextDouble()),
                3e-4 * (1 - (s / (double)rows)),
                1 + (0.2 * random.NextDouble()),
            ];
            line.Clear().Append(s.ToString(CultureInfo.InvariantCulture));
            foreach (double v in values)
            {
                line.Append(',').Append(Number(v));
            }

            c.WriteLine(line.ToString());
            line.Clear().Append("{\"step\": ").Append(s.ToString(CultureInfo.InvariantCulture));
            for (int m = 0; m < Metrics.Length; m++)
            {
                string text = m == 5 && s % 997 == 0 ? "NaN" : Number(values[m]);
                line.Append(", \"").Append(Metrics[m]).Append("\": ").Append(text);
            }

            j.WriteLine(line.Append('}').ToString());
        }

        return (csv, jsonl);
    }

    private static string Number(double value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);
}
