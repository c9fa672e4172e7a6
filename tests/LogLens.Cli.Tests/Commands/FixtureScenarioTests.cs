using System.Text.Json;

namespace LogLens.Cli.Tests.Commands;

/// <summary>The committed fixture folders fire exactly the planted findings (warning and above), and clean twins fire none.</summary>
public sealed class FixtureScenarioTests
{
    [Theory]
    [InlineData("demo", "LL101,LL103,LL301,LL303,LL304,LL601,LL602,LL604,LL605")]
    [InlineData("scenarios/evaluation-flagged", "LL101,LL103,LL301,LL303,LL304")]
    [InlineData("scenarios/evaluation-clean", "")]
    [InlineData("scenarios/noise-flagged", "LL601,LL602,LL604,LL605")]
    [InlineData("scenarios/noise-clean", "")]
    [InlineData("scenarios/data-flagged", "LL201,LL202,LL204")]
    [InlineData("scenarios/data-clean", "")]
    [InlineData("scenarios/samples-flagged", "LL606")]
    [InlineData("scenarios/samples-clean", "")]
    [InlineData("scenarios/saturation-flagged", "LL601,LL602,LL901")]
    [InlineData("scenarios/saturation-clean", "")]
    [InlineData("scenarios/logs-unreadable", "LL001")]
    [InlineData("scenarios/logs-unmatched-metric", "LL007")]
    [InlineData("scenarios/logs-renamed-metric", "LL008")]
    [InlineData("scenarios/logs-unused-suppression", "LL009")]
    [InlineData("scenarios/logs-clean", "")]
    [InlineData("scenarios/dynamics-diverged", "LL102")]
    [InlineData("scenarios/dynamics-spikes", "LL105")]
    [InlineData("scenarios/dynamics-not-learning", "LL107")]
    [InlineData("scenarios/dynamics-clean", "")]
    [InlineData("scenarios/proxy-flagged", "LL302")]
    [InlineData("scenarios/proxy-clean", "")]
    [InlineData("scenarios/generalization-flagged", "LL602,LL603")]
    [InlineData("scenarios/generalization-clean", "")]
    public void A_fixture_fires_exactly_its_planted_findings(string fixture, string expected)
    {
        JsonDocument findings = Analyze(fixture, out _);

        var codes = findings.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("severity").GetString() != "info")
            .Select(f => f.GetProperty("code").GetString()!)
            .Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(expected, string.Join(",", codes));

        // One number format: no p or q printed as 0, no NaN, no share of a total above 100%.
        Assert.All(findings.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("message").GetString()!), message =>
        {
            Assert.DoesNotMatch(@"\b[pq] 0(?![.\d])", message);
            Assert.DoesNotContain("NaN", message, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\d{4,}(\.\d+)?% of", message);
        });
    }

    /// <summary>The log and dynamics scenarios plant one problem each, info-level ones included; their clean twins report nothing at all.</summary>
    [Theory]
    [InlineData("logs-unreadable", "LL001")]
    [InlineData("logs-partial", "LL002")]
    [InlineData("logs-assumed-roles", "LL003")]
    [InlineData("logs-single-seed", "LL004")]
    [InlineData("logs-resumed", "LL005")]
    [InlineData("logs-no-params", "LL006")]
    [InlineData("logs-unmatched-metric", "LL003,LL007")]
    [InlineData("logs-renamed-metric", "LL003,LL008")]
    [InlineData("logs-unused-suppression", "LL009")]
    [InlineData("logs-clean", "")]
    [InlineData("dynamics-diverged", "LL102")]
    [InlineData("dynamics-plateau", "LL104")]
    [InlineData("dynamics-spikes", "LL105")]
    [InlineData("dynamics-still-improving", "LL106")]
    [InlineData("dynamics-not-learning", "LL107")]
    [InlineData("dynamics-clean", "")]
    public void A_log_or_dynamics_scenario_fires_exactly_its_planted_finding_counting_info(string scenario, string expected)
    {
        using JsonDocument findings = Analyze("scenarios/" + scenario, out _);

        var codes = findings.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("code").GetString()!)
            .Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(expected, string.Join(",", codes));
    }

    [Fact]
    public void The_demo_verdict_says_stop_tuning_and_the_clean_sweep_cannot_tell_without_a_measured_parameter_effect()
    {
        Assert.True(Analyze("demo", out _).RootElement.GetProperty("verdict").GetProperty("stopTuning").GetBoolean());
        JsonElement clean = Analyze("scenarios/evaluation-clean", out _).RootElement.GetProperty("verdict");
        Assert.False(clean.GetProperty("stopTuning").GetBoolean());
        Assert.NotEqual("stop-tuning", clean.GetProperty("kind").GetString());
    }

    [Fact]
    public void The_stop_example_names_its_yes_answers_and_the_keep_example_names_the_parameters_that_matter()
    {
        JsonElement stop = Analyze("examples/stop-tuning", out _).RootElement.GetProperty("verdict");
        Assert.True(stop.GetProperty("stopTuning").GetBoolean());
        Assert.Equal("stop-tuning", stop.GetProperty("kind").GetString());
        Assert.StartsWith("Stop tuning parameters: fix evaluation", stop.GetProperty("headline").GetString(), StringComparison.Ordinal);

        JsonElement keep = Analyze("examples/keep-tuning", out _).RootElement.GetProperty("verdict");
        Assert.False(keep.GetProperty("stopTuning").GetBoolean());
        JsonElement top = keep.GetProperty("parameters")[0];
        Assert.Equal("learning_rate", top.GetProperty("parameter").GetString());
        Assert.True(top.GetProperty("ciLow").GetDouble() > 0, "the effect's 95% CI excludes zero");
        Assert.Equal("tuning-pays", keep.GetProperty("kind").GetString());
        Assert.StartsWith("Tuning still pays: learning_rate", keep.GetProperty("headline").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_slice_too_small_to_measure_is_reported_as_info_in_the_data_scenario()
    {
        var codes = Analyze("scenarios/data-flagged", out _).RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("severity").GetString() == "info")
            .Select(f => f.GetProperty("code").GetString()!);

        Assert.Contains("LL203", codes);
    }

    [Fact]
    public void A_saturated_sweep_says_stop_tuning_although_only_one_checklist_answer_is_yes()
    {
        var verdict = Analyze("scenarios/saturation-flagged", out _).RootElement.GetProperty("verdict");

        Assert.Equal(1, verdict.GetProperty("yes").GetInt32());
        Assert.True(verdict.GetProperty("stopTuning").GetBoolean());
    }

    [Fact]
    public void The_demo_exits_1_because_it_has_error_findings()
    {
        Analyze("demo", out int exit).Dispose();
        Assert.Equal(1, exit);
    }

    [Fact]
    public void Fail_on_never_exits_0_on_the_demo()
    {
        var (exit, output, _) = Cli.Run("analyze", Repo.Path("fixtures", "demo"), "--out", Cli.TempDir(), "--no-plots", "--fail-on", "never");
        Assert.Equal(0, exit);
        Assert.Contains("Verdict: Stop tuning parameters", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_renders_a_png_per_finding_plot()
    {
        string outDir = Cli.TempDir();
        Cli.Run("analyze", Repo.Path("fixtures", "scenarios", "noise-flagged"), "--out", outDir);
        using JsonDocument findings = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "findings.json")));

        var plots = findings.RootElement.GetProperty("findings").EnumerateArray()
            .SelectMany(f => f.GetProperty("plots").EnumerateArray().Select(p => p.GetString()!)).ToList();

        Assert.NotEmpty(plots);
        Assert.All(plots, p => Assert.True(new FileInfo(Path.Combine(outDir, p)).Length > 10_000, p));
    }

    [Fact]
    public void Analysing_the_same_folder_twice_gives_byte_identical_reports()
    {
        string first = Cli.TempDir(), second = Cli.TempDir();
        Cli.Run("analyze", Repo.Path("fixtures", "demo"), "--out", first, "--no-plots");
        Cli.Run("analyze", Repo.Path("fixtures", "demo"), "--out", second, "--no-plots");

        Assert.Equal(File.ReadAllBytes(Path.Combine(first, "findings.json")), File.ReadAllBytes(Path.Combine(second, "findings.json")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(first, "report.md")), File.ReadAllBytes(Path.Combine(second, "report.md")));
    }

    private static JsonDocument Analyze(string fixture, out int exit)
    {
        string outDir = Cli.TempDir();
        (exit, _, _) = Cli.Run("analyze", Repo.Path(["fixtures", .. fixture.Split('/')]), "--out", outDir, "--no-plots");
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "findings.json")));
    }
}
