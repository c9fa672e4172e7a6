using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Plots;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>Writes report.html line by line ('\n' on every OS) and turns plots into inline figures.</summary>
internal sealed class HtmlWriter(TextWriter writer, Report report)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly Dictionary<PlotSpec, string?> images = new(ReferenceEqualityComparer.Instance);

    /// <summary>Writes markup that is already safe (constants, or text passed through <see cref="Html.Encode"/>).</summary>
    public void Line(string markup = "")
    {
        writer.Write(markup);
        writer.Write('\n');
    }

    /// <summary>A figure: the embedded PNG when the report carries one, else a placeholder; the title as caption.</summary>
    public void Figure(PlotSpec plot)
    {
        string title = Html.Encode(plot.Title.ReplaceLineEndings(" "));
        Line("<figure>");
        PlotPlan plan = report.Plots;
        PlotSize size = plan.SizeOf(plot);
        if (size == PlotSize.Skipped)
        {
            Line(
                $"<div class=\"placeholder\">Plot not drawn: beyond --max-plots {plan.MaxPlots.ToString(System.Globalization.CultureInfo.InvariantCulture)} "
                + $"and its thumbnails (<span class=\"mono\">{Html.Encode(AnalysisResult.PlotPath(plot))}</span>)</div>");
        }
        else if (DataUrl(plot) is { } url)
        {
            Line($"<img{(size == PlotSize.Thumbnail ? " class=\"thumb\"" : string.Empty)} src=\"{url}\" alt=\"{title}\">");
        }
        else
        {
            Line(
                $"<div class=\"placeholder\">Plot not embedded in this report: see <span "
                + $"class=\"mono\">{Html.Encode(AnalysisResult.PlotPath(plot))}</span></div>");
        }

        Line($"<figcaption>{title}</figcaption>");
        Line("</figure>");
    }

    private string? DataUrl(PlotSpec plot)
    {
        if (!images.TryGetValue(plot, out string? url))
        {
            byte[]? png = report.Image(plot);
            url = png is not null && png.AsSpan().StartsWith(PngSignature) ? "data:image/png;base64," + Convert.ToBase64String(png) : null;
            images[plot] = url;
        }

        return url;
    }
}
