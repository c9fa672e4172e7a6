namespace LogLens.Cli.Tests.Commands;

/// <summary>--format on every command that takes it: any case; a value naming no format is a usage error listing the valid ones.</summary>
public sealed class FormatOptionTests
{
    private static readonly string Noise = Repo.Path("fixtures", "scenarios", "noise-clean");

    [Fact]
    public void Analyze_reads_format_names_in_any_case()
    {
        string outDir = Cli.TempDir();

        var (exit, _, error) = Cli.Run("analyze", Noise, "--out", outDir, "--no-plots", "--format", "MD,Json");

        Assert.Equal((0, ""), (exit, error));
        Assert.Equal(["findings.json", "report.md"], Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" , ,")]
    public void Analyze_with_a_format_naming_nothing_is_a_usage_error_listing_the_formats(string format)
    {
        string outDir = Path.Combine(Cli.TempDir(), "out");

        var (exit, _, error) = Cli.Run("analyze", Noise, "--out", outDir, "--no-plots", "--format", format);

        Assert.Equal((2, false), (exit, Directory.Exists(outDir)));
        Assert.Contains("names no format; choose one or more of: md, json, sarif, html, verdict", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_writes_a_format_named_twice_once()
    {
        string outDir = Cli.TempDir();

        var (exit, output, _) = Cli.Run("analyze", Noise, "--out", outDir, "--no-plots", "--format", "md,MD, md");

        Assert.Equal(0, exit);
        Assert.Single(output.Split('\n'), line => line.StartsWith("Wrote ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("inspect", "JSON")]
    [InlineData("rules", "Md")]
    public void Single_format_commands_read_the_name_in_any_case(string command, string format)
    {
        string[] args = command == "rules" ? [command, "--format", format] : [command, Noise, "--format", format];

        var (exit, output, _) = Cli.Run(args);

        Assert.Equal(0, exit);
        Assert.StartsWith(command == "rules" ? "|" : "{", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_reads_the_format_name_in_any_case()
    {
        var (_, output, _) = Cli.Run(
            "compare", Repo.Path("fixtures", "demo", "multi-domain"),
            "--baseline", "prompt_template=v2,learning_rate=1e-4", "--candidate", "prompt_template=v2,learning_rate=2e-4", "--format", "Json");

        Assert.StartsWith("{", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("inspect", "", "choose one of: text, json")]
    [InlineData("inspect", "xml", "unknown format 'xml' (available: text, json)")]
    [InlineData("compare", " ", "choose one of: text, json")]
    [InlineData("rules", "", "choose one of: text, md")]
    public void Single_format_commands_reject_an_empty_or_unknown_format_listing_the_valid_ones(string command, string format, string expected)
    {
        string[] args = command switch
        {
            "rules" => [command, "--format", format],
            "compare" => [command, Noise, "--baseline", "a=1", "--candidate", "a=2", "--format", format],
            _ => [command, Noise, "--format", format],
        };

        var (exit, output, error) = Cli.Run(args);

        Assert.Equal((2, ""), (exit, output));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
