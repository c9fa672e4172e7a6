using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Cli.Commands;

/// <summary>Reads the configuration and the runs; input that is unusable as a whole is a <see cref="UsageException"/>.</summary>
internal static class InputLoader
{
    public static RunSet Load(IReadOnlyList<string> paths, FileInfo? configFile)
    {
        foreach (string path in paths)
        {
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                throw new UsageException($"path not found: {path}");
            }
        }

        LogLensConfig config;
        try
        {
            string? configPath = configFile?.FullName ?? LogLensConfigLoader.Find(paths);
            config = configPath is null ? LogLensConfig.Default : LogLensConfigLoader.Load(configPath);
        }
        catch (ConfigException e)
        {
            throw new UsageException(e.Message);
        }

        RunSet runs = RunIngestor.Ingest(paths, config).RunSet;
        if (runs.Runs.Length == 0)
        {
            throw new UsageException($"no runs found under {string.Join(", ", paths)} (a run is a folder with params.json|yaml, metrics.csv|jsonl, scores.csv|json or samples.jsonl)");
        }

        return runs;
    }
}
