namespace LogLens.Cli.Tests.Commands;

/// <summary>Whatever the runs are named, every file analyze writes is inside --out, with safe, unique names.</summary>
public sealed class OutputSafetyTests
{
    [Fact]
    public void Hostile_run_metric_and_dataset_names_write_only_inside_out()
    {
        var (root, runs, outDir) = Layout();
        HostileRuns.Write(runs);
        var before = Files(root);

        var (exit, _, error) = Cli.Run("analyze", runs, "--out", outDir, "--svg", "--fail-on", "never");

        Assert.True(exit == 0, error);
        var written = Files(root).Except(before).ToList();
        Assert.NotEmpty(written);
        Assert.All(written, f => Assert.StartsWith(outDir + Path.DirectorySeparatorChar, f, StringComparison.Ordinal));
    }

    [Fact]
    public void Hostile_names_give_plot_files_with_safe_unique_names()
    {
        var (_, runs, outDir) = Layout();
        HostileRuns.Write(runs);

        Cli.Run("analyze", runs, "--out", outDir, "--format", "md", "--fail-on", "never");

        string[] plots = [.. Directory.GetFiles(Path.Combine(outDir, "plots")).Select(Path.GetFileName)!];
        Assert.NotEmpty(plots);
        Assert.All(plots, p => Assert.Matches(@"^[A-Za-z0-9_-]{1,80}\.png$", p));
        Assert.Equal(plots.Length, plots.Select(p => p.ToUpperInvariant()).Distinct().Count());
    }

    [Fact]
    public void Hostile_names_only_ever_reach_the_reports_escaped()
    {
        var (_, runs, outDir) = Layout();
        HostileRuns.Write(runs);

        Cli.Run("analyze", runs, "--out", outDir, "--no-plots", "--format", "md,html", "--fail-on", "never");

        Assert.DoesNotContain("<script>alert", File.ReadAllText(Path.Combine(outDir, "report.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("<b>_accuracy", File.ReadAllText(Path.Combine(outDir, "report.md")), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_run_folder_name_with_invalid_utf8_bytes_costs_nothing_and_writes_only_inside_out()
    {
        var (root, runs, outDir) = Layout();
        HostileRuns.Write(runs);
        Skip.IfNot(HostileRuns.TryWriteInvalidUtf8Run(runs), "cannot create a folder name with invalid UTF-8 bytes here");
        var before = Files(root);

        var (exit, _, error) = Cli.Run("analyze", runs, "--out", outDir, "--fail-on", "never");

        Assert.True(exit == 0, error);
        Assert.All(Files(root).Except(before), f => Assert.StartsWith(outDir + Path.DirectorySeparatorChar, f, StringComparison.Ordinal));
    }

    /// <summary>--out sits deep inside a fresh root, so "../../x" from inside it would still land in the root and be seen.</summary>
    private static (string Root, string Runs, string Out) Layout()
    {
        string root = Cli.TempDir();
        string runs = Directory.CreateDirectory(Path.Combine(root, "runs")).FullName;
        string outDir = Path.Combine(root, "a", "b", "c", "out");
        return (root, runs, outDir);
    }

    private static HashSet<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })];
}
