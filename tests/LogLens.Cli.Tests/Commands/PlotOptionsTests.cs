using System.Buffers.Binary;
using System.Xml.Linq;

namespace LogLens.Cli.Tests.Commands;

/// <summary>--max-plots caps full-size plots (the rest thumbnails or skipped); --svg writes SVG beside PNG.</summary>
public sealed class PlotOptionsTests
{
    private static readonly string Noise = Repo.Path("fixtures", "scenarios", "noise-flagged");

    [Fact]
    public void Max_plots_draws_n_full_size_finding_plots_n_thumbnails_and_skips_the_rest()
    {
        string outDir = Cli.TempDir();
        var (_, output, _) = Cli.Run("analyze", Noise, "--out", outDir, "--max-plots", "1", "--format", "md");

        var widths = Directory.GetFiles(Path.Combine(outDir, "plots"), "LL*.png").Select(Width).ToList();
        Assert.Equal([480, 1200], widths.Order());
        Assert.Matches(@"\(1 as thumbnails, \d+ skipped: --max-plots 1\)", output);
    }

    [Fact]
    public void Max_plots_caps_the_overview_plots_too()
    {
        string capped = Cli.TempDir(), full = Cli.TempDir();
        Cli.Run("analyze", Noise, "--out", capped, "--max-plots", "2", "--format", "md");
        Cli.Run("analyze", Noise, "--out", full, "--format", "md");

        Assert.True(Overview(full).Length > 2, "the fixture needs more than 2 overview plots");
        Assert.Equal(2, Overview(capped).Length);
        Assert.Subset(Overview(full).ToHashSet(), Overview(capped).ToHashSet());
    }

    [Fact]
    public void Max_plots_zero_draws_no_plot_at_all()
    {
        string capped = Cli.TempDir();
        Cli.Run("analyze", Noise, "--out", capped, "--max-plots", "0", "--format", "md");

        Assert.Empty(Directory.GetFiles(Path.Combine(capped, "plots"), "*.png"));
    }

    [Fact]
    public void A_negative_max_plots_is_a_usage_error() =>
        Assert.Equal(2, Cli.Run("analyze", Noise, "--out", Cli.TempDir(), "--max-plots", "-1").Exit);

    [Fact]
    public void Svg_writes_a_well_formed_svg_beside_each_full_size_png()
    {
        string outDir = Cli.TempDir();
        Cli.Run("analyze", Noise, "--out", outDir, "--svg", "--format", "md");

        var pngs = Directory.GetFiles(Path.Combine(outDir, "plots"), "*.png").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        var svgs = Directory.GetFiles(Path.Combine(outDir, "plots"), "*.svg").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(pngs, svgs);
        Assert.All(Directory.GetFiles(Path.Combine(outDir, "plots"), "*.svg"), f => Assert.Equal("svg", XDocument.Load(f).Root!.Name.LocalName));
    }

    [Fact]
    public void Without_svg_no_svg_is_written()
    {
        string outDir = Cli.TempDir();
        Cli.Run("analyze", Noise, "--out", outDir, "--max-plots", "0", "--format", "md");

        Assert.Empty(Directory.GetFiles(Path.Combine(outDir, "plots"), "*.svg"));
    }

    private static int Width(string png) => BinaryPrimitives.ReadInt32BigEndian(File.ReadAllBytes(png).AsSpan(16, 4));

    private static string[] Overview(string outDir) =>
        [.. Directory.GetFiles(Path.Combine(outDir, "plots"), "overview-*.png").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
}
