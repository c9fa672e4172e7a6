using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Ingest.Cache;
using LogLens.Core.Model;

namespace LogLens.Cli.Commands;

/// <summary>Reads the configuration and the runs; input that is unusable as a whole is a <see cref="UsageException"/>.</summary>
internal static class InputLoader
{
    private const int MaxListed = 5;

    public static RunSet Load(IReadOnlyList<string> paths, FileInfo? configFile, IProgress<int>? progress = null, DirectoryInfo? cacheDir = null)
    {
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

        RunCache? cache;
        try
        {
            cache = cacheDir is null ? null : new RunCache(cacheDir.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--cache {cacheDir!.FullName}: {e.Message}");
        }

        IngestResult ingest = RunIngestor.Ingest(paths, config, layouts: null, progress, cache);
        if (!ingest.Succeeded)
        {
            throw new UsageException(string.Join("; ", ingest.Errors));
        }

        RunSet runs = ingest.RunSet;
        if (runs.Runs.Length == 0)
        {
            // What was found but not read (a locked or damaged MLflow store, deleted runs) says why there are no runs.
            string why = string.Concat(runs.Diagnostics.Take(MaxListed).Select(d => $"\n  {d.Code} {d.Path}: {d.Message}"))
                + (runs.Diagnostics.Length > MaxListed ? $"\n  ... and {runs.Diagnostics.Length - MaxListed} more" : "");
            throw new UsageException(
                $"no runs found under {string.Join(", ", paths)} (a run is a folder with params.json|yaml, metrics.csv|jsonl, scores.csv|json "
                + $"or samples.jsonl){why}");
        }

        return runs;
    }
}
