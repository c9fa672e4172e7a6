using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Reporting;
using LogLens.Core.Reporting.Exporters;
using LogLens.Plotting;

namespace LogLens.Browser.Tests;

/// <summary>Renders report.html with real plots and opens it in headless Chromium from a temporary folder.</summary>
public static partial class BrowserReport
{
    private static readonly PlotRenderer Renderer = PlotRenderer.WithSize(900, 525);

    /// <summary>The report of <paramref name="result"/> with every plot drawn, as analyze embeds them.</summary>
    public static Report WithPlots(AnalysisResult result) =>
        new(result) { Images = result.AllPlots.DistinctBy(p => p.Name).ToImmutableDictionary(p => p.Name, Renderer.RenderPng) };

    public static string Render(AnalysisResult result) => Render(WithPlots(result));

    public static string Render(Report report)
    {
        using var writer = new StringWriter();
        HtmlExporter.Default.Write(report, writer);
        return writer.ToString();
    }

    /// <summary>Writes <paramref name="html"/> to a temporary report.html, opens it, deletes it.</summary>
    public static (string Dom, string Log) Open(string html, params string[] arguments)
    {
        DirectoryInfo folder = Directory.CreateTempSubdirectory("loglens-html-");
        try
        {
            string file = Path.Combine(folder.FullName, "report.html");
            File.WriteAllText(file, html, new UTF8Encoding(false));
            return Chromium.Open(file, arguments);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [GeneratedRegex("<script[\\s>]", RegexOptions.IgnoreCase)]
    public static partial Regex ScriptElement();

    [GeneratedRegex("<body[^>]*data-pwned", RegexOptions.IgnoreCase)]
    public static partial Regex PwnedBody();

    [GeneratedRegex("<(iframe|svg|object|embed|form|input|textarea|link|base|video|audio|math)[\\s>/]", RegexOptions.IgnoreCase)]
    public static partial Regex ForeignElement();

    [GeneratedRegex("<img src=\"([^\"]*)\"")]
    public static partial Regex ImageSource();
}
