using System.Text.Json;

namespace LogLens.Cli.Tests.Commands;

/// <summary>--format verdict: alone, one JSON line on stdout and nothing in --out; with other formats, verdict.json in --out.</summary>
public sealed class VerdictFormatTests
{
    private static readonly string Noise = Repo.Path("fixtures", "scenarios", "noise-flagged");

    [Fact]
    public void Verdict_alone_prints_one_json_line_whose_exit_is_the_exit_code_and_writes_nothing()
    {
        string outDir = Path.Combine(Cli.TempDir(), "out");

        var (exit, output, error) = Cli.Run("analyze", Noise, "--out", outDir, "--format", "verdict", "--fail-on", "warning");

        Assert.Equal(("", false), (error, Directory.Exists(outDir)));
        string line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using JsonDocument doc = JsonDocument.Parse(line);
        Assert.Equal("loglens.verdict/v1", doc.RootElement.GetProperty("schema").GetString());
        Assert.Equal((exit, "warning"), (doc.RootElement.GetProperty("exit").GetInt32(), doc.RootElement.GetProperty("failOn").GetString()));
    }

    [Fact]
    public void Verdict_alone_is_the_same_line_with_quiet()
    {
        string[] args = ["analyze", Noise, "--out", Path.Combine(Cli.TempDir(), "out"), "--format", "Verdict"];

        Assert.Equal(Cli.Run(args).Output, Cli.Run([.. args, "--quiet"]).Output);
    }

    [Fact]
    public void Verdict_with_other_formats_is_a_file_in_out_with_the_same_line_and_the_summary_on_stdout()
    {
        string outDir = Cli.TempDir();
        string line = Cli.Run("analyze", Noise, "--out", Path.Combine(Cli.TempDir(), "out"), "--format", "verdict").Output;

        var (_, output, _) = Cli.Run("analyze", Noise, "--out", outDir, "--no-plots", "--format", "json,verdict");

        Assert.Equal(line, File.ReadAllText(Path.Combine(outDir, "verdict.json")));
        Assert.Contains("Wrote " + Path.Combine(outDir, "verdict.json"), output, StringComparison.Ordinal);
        Assert.Contains("Verdict: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_formats_do_not_include_the_verdict()
    {
        string outDir = Cli.TempDir();

        Cli.Run("analyze", Noise, "--out", outDir, "--no-plots");

        Assert.Equal(["findings.json", "findings.sarif", "report.html", "report.md"], Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
