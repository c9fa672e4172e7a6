using System.CommandLine;
using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Model;
using LogLens.Core.Reporting;

namespace LogLens.Cli.Commands;

/// <summary>
/// `loglens init`: writes the loglens.yaml LogLens would infer (metric roles, slices, parameter groups, thresholds)
/// at the root of the first path, for the user to correct. Never overwrites an existing file without --force.
/// </summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var force = new Option<bool>("--force") { Description = "Overwrite an existing loglens.yaml" };
        var command = new Command("init", "Write the inferred loglens.yaml (metric roles, slices, parameter groups) for you to correct") { paths, force };
        command.SetAction(parse =>
        {
            string[] roots = parse.GetValue(paths)!;
            string folder = Directory.Exists(roots[0]) ? roots[0]
                : throw new UsageException($"'{roots[0]}' is not a folder: init writes {LogLensConfigLoader.FileName} at the root of the first path");
            string target = Path.Combine(folder, LogLensConfigLoader.FileName);
            if (File.Exists(target) && !parse.GetValue(force))
            {
                throw new UsageException($"{target} already exists; use --force to overwrite it");
            }

            // Inference starts from the defaults: an existing (possibly broken) loglens.yaml is what --force replaces.
            IngestResult ingest = RunIngestor.Ingest(roots, LogLensConfig.Default);
            if (!ingest.Succeeded)
            {
                throw new UsageException(string.Join("; ", ingest.Errors));
            }

            RunSet runs = ingest.RunSet;
            if (runs.Runs.Length == 0)
            {
                throw new UsageException($"no runs found under {string.Join(", ", roots)}: nothing to infer a configuration from");
            }

            File.WriteAllText(target, ConfigTemplate.Write(runs));
            TextWriter output = parse.InvocationConfiguration.Output;
            output.WriteLine(
                $"Wrote {target}: {runs.Metrics.Count} metrics ({runs.Metrics.Values.Count(m => m.Role == MetricRole.Business)} business, "
                + $"{runs.Metrics.Values.Count(m => m.Role == MetricRole.Proxy)} proxy) from {runs.Runs.Length} runs.");
            output.WriteLine("Check the inferred roles, slices and parameter groups, then run `loglens analyze`.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
