using System.Globalization;
using System.Text;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Generic;

/// <summary>Files long enough for the readers to presize their series (and to take every fast number path).</summary>
public sealed class LargeMetricsFileTests
{
    [Fact]
    public void A_long_jsonl_file_with_a_resume_reads_back_every_value_bit_for_bit()
    {
        (double[] steps, double[] values, string text) = Generate(
            (step, value) => string.Create(CultureInfo.InvariantCulture, $"{{\"step\": {step}, \"train\": {{\"loss\": {value:R}}}, \"lr\": NaN}}"));
        using var dir = new TempFolder();
        dir.Write("metrics.jsonl", text);
        Run run = dir.Run();
        Assert.Equal(steps, run.FindSeries("train/loss")!.Steps);
        Assert.Equal(values.Select(BitConverter.DoubleToInt64Bits), run.FindSeries("train/loss")!.Values.Select(BitConverter.DoubleToInt64Bits));
        Assert.All(run.FindSeries("lr")!.Values, v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void A_long_csv_file_with_a_resume_reads_back_every_value_bit_for_bit()
    {
        (double[] steps, double[] values, string text) = Generate(
            (step, value) => string.Create(CultureInfo.InvariantCulture, $"{step},{value:R}"));
        using var dir = new TempFolder();
        dir.Write("metrics.csv", "step,train/loss\n" + text);
        Run run = dir.Run();
        Assert.Equal(steps, run.FindSeries("train/loss")!.Steps);
        Assert.Equal(values.Select(BitConverter.DoubleToInt64Bits), run.FindSeries("train/loss")!.Values.Select(BitConverter.DoubleToInt64Bits));
    }

    /// <summary>3,000 rows, then a restart from step 2,000 for 1,500 rows; returns the resolved series and the file.</summary>
    private static (double[] Steps, double[] Values, string Text) Generate(Func<int, double, string> line)
    {
        var random = new Random(3);
        var text = new StringBuilder();
        var kept = new SortedDictionary<int, double>();
        foreach (int step in Enumerable.Range(1, 3000).Concat(Enumerable.Range(2000, 1500)))
        {
            double value = random.Next(3) switch { 0 => random.NextDouble(), 1 => Math.Round(random.NextDouble() * 10, 6), _ => random.NextDouble() * 1e-7 };
            if (step == 2000)
            {
                foreach (int later in kept.Keys.Where(k => k >= 2000).ToList())
                {
                    kept.Remove(later);
                }
            }

            kept[step] = value;
            text.Append(line(step, value)).Append('\n');
        }

        return ([.. kept.Keys.Select(k => (double)k)], [.. kept.Values], text.ToString());
    }
}
