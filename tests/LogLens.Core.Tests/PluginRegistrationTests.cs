using System.Collections;
using System.Reflection;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Ingest;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Reporting;
using LogLens.Core.Reporting.Exporters;

namespace LogLens.Core.Tests;

/// <summary>
/// docs/contributing.md's recipes: a format, a detector or an exporter is one file plus one line in its default list. A
/// plug-in written but not listed would never run; this finds it, and checks each list holds each plug-in once.
/// </summary>
public sealed class PluginRegistrationTests
{
    private static readonly Assembly Core = typeof(Analyzer).Assembly;

    public static TheoryData<string> Lists => ["detectors", "layouts", "exporters"];

    [Theory]
    [MemberData(nameof(Lists))]
    public void Every_plugin_in_Core_is_in_its_default_list_once(string list)
    {
        (Type contract, IEnumerable registered) = list switch
        {
            "detectors" => (typeof(IDetector), (IEnumerable)DefaultDetectors.All),
            "layouts" => (typeof(IRunLayout), DefaultLayouts.All),
            _ => (typeof(IExporter), DefaultExporters.All),
        };
        var listed = registered.Cast<object>().Select(p => p.GetType()).ToList();
        var plugins = Core.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(contract)).ToList();

        Assert.True(plugins.Count >= 5, $"{plugins.Count} {list} found");
        Assert.Empty(plugins.Except(listed).Select(t => t.FullName));
        Assert.Equal(listed.Count, listed.Distinct().Count());
    }

    [Fact]
    public void Each_plugin_lives_in_its_folder()
    {
        Assert.All(DefaultDetectors.All, d => Assert.Equal("LogLens.Core.Detection.Detectors", d.GetType().Namespace));
        Assert.All(DefaultDetectors.All, d => Assert.EndsWith("Detector", d.GetType().Name, StringComparison.Ordinal));
        Assert.All(DefaultExporters.All, e => Assert.Equal("LogLens.Core.Reporting.Exporters", e.GetType().Namespace));
        Assert.All(DefaultExporters.All, e => Assert.EndsWith("Exporter", e.GetType().Name, StringComparison.Ordinal));
        Assert.All(DefaultLayouts.All, l => Assert.Matches(@"^LogLens\.Core\.(Ingest\.Formats|Interchange)\.\w+$", l.GetType().Namespace));
    }
}
