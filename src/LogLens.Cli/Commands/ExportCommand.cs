using System.CommandLine;
using System.Globalization;
using LogLens.Core.Configuration;
using LogLens.Core.Interchange.Parquet;
using LogLens.Core.Model;

namespace LogLens.Cli.Commands;

/// <summary>`loglens export`: ingest like inspect, write run summaries and downsampled series as Parquet tables.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var output = new Option<DirectoryInfo>("--out") { Description = "Export folder (created; only the export's own files may be in it)", Required = true };
        var maxPoints = new Option<int>("--max-points")
        {
            Description = "Points kept per series in series.parquet (first, last, min, max, final and first non-finite always kept; summaries stay exact)",
            DefaultValueFactory = _ => ParquetExportWriter.DefaultMaxPoints,
        };
        var config = CommonOptions.Config();
        var cache = CommonOptions.Cache();
        var command = new Command("export",
            "Write run summaries and downsampled series as Parquet tables (runs, params, summaries, series, scores, samples, directions) for "
            + "Spark, DuckDB or Trino")
        {
            paths, output, maxPoints, config, cache,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            string[] inputs = parse.GetValue(paths)!;
            string directory = parse.GetValue(output)!.FullName;
            int budget = parse.GetValue(maxPoints);
            if (budget < SeriesDownsampler.MinimumMaxPoints)
            {
                throw new UsageException($"--max-points must be at least {SeriesDownsampler.MinimumMaxPoints} (got {budget})");
            }

            CheckEmpty(directory);
            FileInfo? configFile = parse.GetValue(config);
            RunSet runs = InputLoader.Load(inputs, configFile, cacheDir: parse.GetValue(cache));
            ExportSummary summary;
            try
            {
                string? configPath = configFile?.FullName ?? LogLensConfigLoader.Find(inputs);
                summary = await ParquetExportWriter.WriteAsync(runs, directory, budget, configPath, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot write the export to {directory}: {e.Message}");
            }

            Report(summary, runs, directory, budget, parse.InvocationConfiguration.Output);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Refuses a folder holding anything but a previous export's files: stale tables or parts would be read back.</summary>
    private static void CheckEmpty(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        var own = new HashSet<string>(ParquetTables.All.Select(t => t.FileName), StringComparer.Ordinal)
        {
            ParquetManifest.FileName, ParquetTables.ConfigFile,
        };
        string? foreign = Directory.EnumerateFileSystemEntries(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .FirstOrDefault(n => !own.Contains(n!));
        if (foreign is not null)
        {
            throw new UsageException($"--out {directory} holds '{foreign}', which is not part of an export; use an empty or new folder");
        }
    }

    private static void Report(ExportSummary summary, RunSet runs, string directory, int budget, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Exported {summary.Runs} runs to {directory} ({summary.Files.Length} files, {summary.Bytes / 1024.0:F1} KiB)"));
        output.WriteLine(
            string.Create(c,
                $"Series: {summary.SeriesPoints} points, {summary.WrittenPoints} written; {summary.ReducedSeries} series downsampled to at most {budget} "
                + $"points (summaries.parquet is exact)"));
        if (!runs.Diagnostics.IsEmpty)
        {
            output.WriteLine(string.Create(c, $"Ingest diagnostics: {runs.Diagnostics.Length} (not exported; 'loglens inspect' lists them)"));
        }
    }
}
