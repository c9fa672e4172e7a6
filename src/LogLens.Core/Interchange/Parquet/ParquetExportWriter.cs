using LogLens.Core.Model;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// Writes a run set as a folder of long-format Parquet tables plus <see cref="ParquetTables.ManifestFile"/> (README
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
    public static async Task<ExportSummary> WriteAsync(RunSet runSet, string directory, int maxPoints = DefaultMaxPoints, string? configPath = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runSet);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoints, SeriesDownsampler.MinimumMaxPoints);
        Directory.CreateDirectory(directory);
        string Table(string name) => Path.Combine(directory, ParquetTables.FileName(name));
        IReadOnlyList<Run> runs = runSet.Runs;

        // One table after the other: Parquet.Net use from several threads at once gave corrupted reads in tests.
        (long Points, long Written, int Reduced) series = default;
        await RunsTableWriter.WriteAsync(Table(ParquetTables.Runs), runs, cancellationToken).ConfigureAwait(false);
        await ParamsTableWriter.WriteAsync(Table(ParquetTables.Params), runs, cancellationToken).ConfigureAwait(false);
        await SummariesTableWriter.WriteAsync(Table(ParquetTables.Summaries), runSet, cancellationToken).ConfigureAwait(false);
        series = await SeriesTableWriter.WriteAsync(Table(ParquetTables.Series), runs, maxPoints, cancellationToken).ConfigureAwait(false);
        await ScoresTableWriter.WriteAsync(Table(ParquetTables.Scores), runs, cancellationToken).ConfigureAwait(false);
        await SamplesTableWriter.WriteAsync(Table(ParquetTables.Samples), runs, cancellationToken).ConfigureAwait(false);
        await DirectionsTableWriter.WriteAsync(Table(ParquetTables.Directions), runs, cancellationToken).ConfigureAwait(false);

        var files = ParquetTables.All.Select(ParquetTables.FileName).ToList();
        string? config = null;
        if (configPath is not null)
        {
            File.Copy(configPath, Path.Combine(directory, ParquetTables.ConfigFile), overwrite: true);
            config = ParquetTables.ConfigFile;
        }

        var manifest = new ParquetManifest(ParquetManifest.CurrentVersion, ToolInfo.Version, maxPoints, [.. files], config);
        using (var stream = new FileStream(Path.Combine(directory, ParquetTables.ManifestFile), FileMode.Create, FileAccess.Write))
        {
            manifest.Write(stream);
        }

        files.AddRange(config is null ? [ParquetTables.ManifestFile] : [config, ParquetTables.ManifestFile]);
        long bytes = files.Sum(f => new FileInfo(Path.Combine(directory, f)).Length);
        (long points, long written, int reduced) = series;
        return new ExportSummary(runs.Count, points, written, reduced, [.. files], bytes);
    }
}
