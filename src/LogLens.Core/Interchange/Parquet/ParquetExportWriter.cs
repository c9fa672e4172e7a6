using LogLens.Core.Model;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// Writes a run set as a folder of long-format Parquet tables plus <see cref="ParquetManifest.FileName"/> (README
/// "Parquet export"): what a fleet-scale job produces and what <c>loglens analyze</c> reads back. Runs and metrics
/// are written in ordinal order and nothing time-dependent is written, so the same input gives the same bytes.
/// </summary>
internal static class ParquetExportWriter
{
    /// <summary>The default per-series point budget.</summary>
    public const int DefaultMaxPoints = 1000;

    /// <summary>Writes the export of <paramref name="runSet"/> into <paramref name="directory"/> (created if needed; its tables overwritten).</summary>
    /// <param name="runSet">The ingested runs.</param>
    /// <param name="directory">The export folder.</param>
    /// <param name="maxPoints">Per-series point budget of series.parquet, at least <see cref="SeriesDownsampler.MinimumMaxPoints"/>.</param>
    /// <param name="configPath">The loglens.yaml used to ingest, copied into the export so analysing it resolves metrics the same way; null for none.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    public static async Task<ExportSummary> WriteAsync(
        RunSet runSet, string directory, int maxPoints = DefaultMaxPoints, string? configPath = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runSet);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoints, SeriesDownsampler.MinimumMaxPoints);
        Directory.CreateDirectory(directory);
        IReadOnlyList<Run> runs = runSet.Runs;

        // One table after the other: Parquet.Net use from several threads at once gave corrupted reads in tests.
        (long Points, long Written, int Reduced) series = default;
        await RunsTableWriter.WriteAsync(directory, runs, cancellationToken).ConfigureAwait(false);
        await ParamsTableWriter.WriteAsync(directory, runs, cancellationToken).ConfigureAwait(false);
        await SummariesTableWriter.WriteAsync(directory, runSet, cancellationToken).ConfigureAwait(false);
        series = await SeriesTableWriter.WriteAsync(directory, runs, maxPoints, cancellationToken).ConfigureAwait(false);
        await ScoresTableWriter.WriteAsync(directory, runs, cancellationToken).ConfigureAwait(false);
        await SamplesTableWriter.WriteAsync(directory, runs, cancellationToken).ConfigureAwait(false);
        await DirectionsTableWriter.WriteAsync(directory, runs, cancellationToken).ConfigureAwait(false);

        var files = ParquetTables.All.Select(t => t.FileName).ToList();
        string? config = null;
        if (configPath is not null)
        {
            File.Copy(configPath, Path.Combine(directory, ParquetTables.ConfigFile), overwrite: true);
            config = ParquetTables.ConfigFile;
        }

        var manifest = new ParquetManifest(ParquetManifest.CurrentVersion, ToolInfo.Version, maxPoints, [.. files], config);
        using (var stream = new FileStream(Path.Combine(directory, ParquetManifest.FileName), FileMode.Create, FileAccess.Write))
        {
            manifest.Write(stream);
        }

        files.AddRange(config is null ? [ParquetManifest.FileName] : [config, ParquetManifest.FileName]);
        long bytes = files.Sum(f => new FileInfo(Path.Combine(directory, f)).Length);
        (long points, long written, int reduced) = series;
        return new ExportSummary(runs.Count, points, written, reduced, [.. files], bytes);
    }
}
