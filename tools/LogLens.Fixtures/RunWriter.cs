using System.Globalization;
using System.Text;

namespace LogLens.Fixtures;

/// <summary>Writes one run folder in LogLens's generic layout.</summary>
internal static class RunWriter
{
    public static string Number(double value) => double.IsNaN(value) ? "nan"
        : double.IsPositiveInfinity(value) ? "inf"
        : double.IsNegativeInfinity(value) ? "-inf"
        : Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);

    public static void Params(string dir, params (string Key, object Value)[] values)
    {
        Directory.CreateDirectory(dir);
        var sb = new StringBuilder("{\n");
        for (int i = 0; i < values.Length; i++)
        {
            string value = values[i].Value switch
            {
                string s => "\"" + s + "\"",
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var o => o.ToString() ?? "null",
            };
            sb.Append(CultureInfo.InvariantCulture, $"  \"{values[i].Key}\": {value}{(i < values.Length - 1 ? "," : string.Empty)}\n");
        }

        File.WriteAllText(Path.Combine(dir, "params.json"), sb.Append("}\n").ToString());
    }

    /// <summary>Wide metrics.csv; a NaN cell in <paramref name="rows"/> marks "not logged at this step" (empty cell), use <see cref="double.PositiveInfinity"/> etc. for real non-finite values.</summary>
    public static void Metrics(string dir, string[] columns, IEnumerable<double?[]> rows)
    {
        Directory.CreateDirectory(dir);
        using var writer = new StreamWriter(Path.Combine(dir, "metrics.csv"));
        writer.NewLine = "\n";
        writer.WriteLine(string.Join(',', columns));
        foreach (double?[] row in rows)
        {
            writer.WriteLine(string.Join(',', row.Select(v => v is double d ? Number(d) : string.Empty)));
        }
    }

    public static void Scores(string dir, IEnumerable<(string Dataset, string Metric, double Value, int N)> rows)
    {
        Directory.CreateDirectory(dir);
        using var writer = new StreamWriter(Path.Combine(dir, "scores.csv"));
        writer.NewLine = "\n";
        writer.WriteLine("dataset,metric,value,n");
        foreach (var (dataset, metric, value, n) in rows)
        {
            writer.WriteLine($"{dataset},{metric},{Number(value)},{n.ToString(CultureInfo.InvariantCulture)}");
        }
    }
}
