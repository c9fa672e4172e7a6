using LogLens.Core.Configuration;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Detection;

/// <summary>The scenario fixtures (fixtures/scenarios/NAME, each with its loglens.yaml) read as the CLI reads them, for detector tests.</summary>
internal static class Scenarios
{
    private static readonly string Root = FindRoot();

    /// <summary>The runs of fixtures/scenarios/<paramref name="name"/>, with the ingest diagnostics.</summary>
    public static RunSet Load(string name)
    {
        string folder = Path.Combine(Root, "fixtures", "scenarios", name);
        string? configPath = LogLensConfigLoader.Find([folder]);
        LogLensConfig config = configPath is null ? LogLensConfig.Default : LogLensConfigLoader.Load(configPath);
        return RunIngestor.Ingest([folder], config).RunSet;
    }

    /// <summary>Runs one detector, with the default options, on a scenario.</summary>
    public static IReadOnlyList<Finding> Detect(IDetector detector, string name) => [.. detector.Detect(new AnalysisContext(Load(name)))];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LogLens.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LogLens.sln not found above " + AppContext.BaseDirectory);
    }
}
