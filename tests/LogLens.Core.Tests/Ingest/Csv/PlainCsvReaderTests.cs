using System.Text;
using LogLens.Core.Ingest.Csv;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Formats.Generic;
using LogLens.Core.Ingest.Text;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Csv;

/// <summary>The fast CSV path must give exactly what the CsvHelper path gives, on any file it accepts.</summary>
public sealed class PlainCsvReaderTests
{
    private static readonly string[] Cells =
    [
        "", "", "0.5", "1", "-2.25", "1e-05", "3E+2", "nan", "NaN", "inf", "-Infinity", "x", " 5", "5 ", "+5", ".5", "5.",
        "-0", "12345678901234567890", "0.1234567890123456789", "1e400", "1e-400", "\t7", "é", "1,5", "  ", "0x1F", "1_0",
        "9007199254740993", "123456.000001", "\u00a05", "5\u0000",
    ];

    private static readonly string[] Names = ["step", "Step", "train/loss", "eval/acc", "epoch", "wall_time", "", " loss ", "loss", "ü"];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int seed = 0; seed < 300; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_fast_path_reads_random_plain_files_exactly_as_CsvHelper_does(int seed)
    {
        AssertFastPathsMatchCsvHelper(RandomPlainCsv(new Random(seed)));
    }

    [Fact]
    public void The_fast_path_reads_a_large_regular_file_exactly_as_CsvHelper_does()
    {
        var random = new Random(5);
        var text = new StringBuilder("step,epoch,train/loss,eval/acc\n");
        for (int s = 0; s < 20_000; s++)
        {
            text.Append($"{s},{s / 1000},{Math.Round(random.NextDouble() * 3, 6):R},{(s % 100 == 0 ? random.NextDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "")}\n");
        }

        using var dir = new TempFolder();
        string path = dir.Write("metrics.csv", text.ToString());
        var fast = new RunFragment("r", dir.Path);
        PlainCsvReader.Read(path, fast, complete: true);
        var reference = new RunFragment("r", dir.Path);
        MetricsCsvReader.ReadWithCsvHelper(path, reference, complete: true);
        Assert.Equal(Describe(reference), Describe(fast));
    }

    /// <summary>
    /// Dense rows (every cell a number, steps rising) are stored as columns and handed to the series builders at the
    /// first row that is not: every kind of such row, at any position, must give what CsvHelper gives.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mostly_dense_files_read_exactly_as_CsvHelper_does_wherever_the_first_irregular_row_falls(int seed)
    {
        AssertFastPathsMatchCsvHelper(MostlyDenseCsv(new Random(seed)));
    }

    [Fact]
    public void A_dense_file_becomes_series_that_share_one_step_column_and_keep_every_row()
    {
        using var dir = new TempFolder();
        string path = dir.Write("metrics.csv", "step,a,b\n1,0.5,1\n2,0.25,2\n3,0.125,3\n");
        var fragment = new RunFragment("r", dir.Path);
        MetricsCsvReader.Default.Read(path, fragment);
        Run run = fragment.Build();
        Assert.Same(run.FindSeries("a")!.Steps, run.FindSeries("b")!.Steps);
        Assert.Equal([1.0, 2, 3], run.FindSeries("a")!.Steps);
        Assert.Equal([0.5, 0.25, 0.125], run.FindSeries("a")!.Values);
        Assert.Equal([1.0, 2, 3], run.FindSeries("b")!.Values);
    }

    [Fact]
    public void A_series_given_more_points_after_a_build_leaves_the_built_series_unchanged()
    {
        using var dir = new TempFolder();
        string path = dir.Write("metrics.csv", "step,a\n1,0.5\n2,0.25\n");
        var fragment = new RunFragment("r", dir.Path);
        MetricsCsvReader.Default.Read(path, fragment);
        Run first = fragment.Build();
        fragment.Series("a").Add(2, 9);
        fragment.Series("a").Add(3, 8);
        Assert.Equal([0.5, 0.25], first.FindSeries("a")!.Values);
        Assert.Equal([1.0, 2], first.FindSeries("a")!.Steps);
        Assert.Equal([0.5, 9, 8], fragment.Build().FindSeries("a")!.Values);
    }

    /// <summary>The streamed and the in-memory fast path read <paramref name="content"/> exactly as CsvHelper does.</summary>
    private static void AssertFastPathsMatchCsvHelper(byte[] content)
    {
        using var dir = new TempFolder();
        string path = dir.WriteBytes("metrics.csv", content);
        Assert.True(PlainCsvScan.IsPlain(path));
        bool complete = FileTail.EndsWithNewline(path);

        var streamed = new RunFragment("r", dir.Path);
        PlainCsvReader.Read(path, streamed, complete);
        var inMemory = new RunFragment("r", dir.Path);
        MetricsCsvReader.Default.Read(path, inMemory);
        var reference = new RunFragment("r", dir.Path);
        MetricsCsvReader.ReadWithCsvHelper(path, reference, complete);

        List<string> expected = Describe(reference);
        Assert.Equal(expected, Describe(streamed));
        Assert.Equal(expected, Describe(inMemory));
    }

    private static byte[] MostlyDenseCsv(Random random)
    {
        int columns = random.Next(2, 6);
        string[] names = [.. Enumerable.Range(0, columns).Select(c => c == 0 && random.Next(4) > 0 ? "step" : Names[random.Next(Names.Length)])];
        var lines = new List<string> { string.Join(',', names) };
        int rows = random.Next(1, 120);
        int irregular = random.Next(0, rows + 5);
        int step = random.Next(-3, 3);
        for (int r = 0; r < rows; r++)
        {
            step += random.Next(6) == 0 ? random.Next(2, 5) : 1;
            string[] cells = [.. Enumerable.Range(0, columns).Select(c => c == 0 && names[0] == "step"
                ? step.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : Math.Round(random.NextDouble() * 4 - 1, random.Next(0, 8)).ToString("R", System.Globalization.CultureInfo.InvariantCulture))];
            if (r == irregular || (r > irregular && random.Next(8) == 0))
            {
                switch (random.Next(8))
                {
                    case 0: cells[random.Next(columns)] = ""; break;
                    case 1: cells[random.Next(columns)] = Cells[random.Next(Cells.Length)]; break;
                    case 2: cells = cells[..^1]; break;
                    case 3: cells = [.. cells, "1"]; break;
                    case 4: step -= random.Next(1, 10); cells[0] = step.ToString(System.Globalization.CultureInfo.InvariantCulture); break;
                    case 5: lines.Add(lines[^1]); break;
                    case 6: lines.Add(""); break;
                    default: cells[0] = lines.Count > 1 ? lines[^1].Split(',')[0] : cells[0]; break;
                }
            }

            lines.Add(string.Join(',', cells));
        }

        string newline = random.Next(4) == 0 ? "\r\n" : "\n";
        string text = string.Join(newline, lines) + (random.Next(3) == 0 ? "" : newline);
        return Encoding.UTF8.GetBytes(text);
    }

    private static byte[] RandomPlainCsv(Random random)
    {
        int columns = random.Next(1, 6);
        var lines = new List<string> { string.Join(',', Enumerable.Range(0, columns).Select(_ => Names[random.Next(Names.Length)])) };
        for (int r = random.Next(0, 40); r > 0; r--)
        {
            int cells = random.Next(10) switch { 0 => columns - 1, 1 => columns + 1, 2 => 0, _ => columns };
            string line = string.Join(',', Enumerable.Range(0, Math.Max(cells, 0)).Select(c => c == 0 && random.Next(3) > 0
                ? random.Next(-2, 30).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : Cells[random.Next(Cells.Length)]));
            lines.Add(line);
        }

        string newline = random.Next(4) == 0 ? "\r\n" : "\n";
        string text = string.Join(newline, lines) + (random.Next(3) == 0 ? "" : newline);
        byte[] bytes = Encoding.UTF8.GetBytes(random.Next(5) == 0 ? "\n" + text : text);
        return random.Next(5) == 0 ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }

    private static List<string> Describe(RunFragment fragment)
    {
        Run run = fragment.Build();
        var lines = run.Series.Select(s => s.Name + ": " + string.Join(' ', s.Steps.Zip(s.Values, (x, y) => $"{BitConverter.DoubleToInt64Bits(x)}={BitConverter.DoubleToInt64Bits(y)}"))
            + (s.Raw is { } raw ? " raw: " + string.Join(' ', raw.Steps.Zip(raw.Values, raw.Segments).Select(p => $"{p.First}={p.Second}@{p.Third}")) : "")).ToList();
        lines.AddRange(fragment.Diagnostics.Select(d => $"{d.Code} {d.Path}:{d.Line} {d.Message}"));
        return lines;
    }
}
