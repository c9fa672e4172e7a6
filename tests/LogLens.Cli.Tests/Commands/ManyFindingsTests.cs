using System.Globalization;

namespace LogLens.Cli.Tests.Commands;

/// <summary>A sweep with hundreds of distinct findings renders only --max-plots full-size plots, as many thumbnails, and notes the rest.</summary>
public sealed class ManyFindingsTests
{
    private const int Runs = 200;

    private static readonly Lazy<string> Sweep = new(() =>
    {
        string root = Cli.TempDir();
        for (int i = 0; i < Runs; i++)
        {
            string run = Directory.CreateDirectory(Path.Combine(root, "run-" + i.ToString("000", CultureInfo.InvariantCulture))).FullName;
            File.WriteAllText(Path.Combine(run, "params.json"), $"{{\"learning_rate\": 0.0001, \"seed\": {i}}}");
            // One loss name per run: each NaN is its own pattern (the same loss NaN in many runs rolls up into one finding).
            File.WriteAllText(Path.Combine(run, "metrics.csv"), $"step,train/loss_{i:000}\n1,2.0\n2,1.5\n3,nan\n4,1.2\n");
        }

        return root;
    });

    [Fact]
    public void Hundreds_of_finding_plots_are_capped_at_max_plots_full_size_and_as_many_thumbnails()
    {
        string outDir = Cli.TempDir();

        var (exit, output, error) = Cli.Run("analyze", Sweep.Value, "--out", outDir, "--max-plots", "5", "--format", "md,json", "--fail-on", "never");

        Assert.True(exit == 0, error);
        Assert.Equal(10, Directory.GetFiles(Path.Combine(outDir, "plots"), "LL101-*.png").Length);
        Assert.Contains($"(5 as thumbnails, {Runs - 10} skipped: --max-plots 5)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_notes_each_skipped_plot_where_it_would_be()
    {
        string outDir = Cli.TempDir();

        Cli.Run("analyze", Sweep.Value, "--out", outDir, "--max-plots", "5", "--format", "md", "--fail-on", "never");

        string md = File.ReadAllText(Path.Combine(outDir, "report.md"));
        Assert.Equal(Runs - 10, System.Text.RegularExpressions.Regex.Count(md, @"\*Plot not drawn \(beyond --max-plots 5"));
    }
}
