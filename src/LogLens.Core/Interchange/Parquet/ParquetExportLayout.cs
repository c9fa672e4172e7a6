using System.Collections.Immutable;
using LogLens.Core.Ingest.Formats;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// A Parquet export (docs/parquet.md): a folder with <c>loglens-export.json</c>, or without it, a folder whose
/// params, series or scores table has a run_id column (what a DuckDB, Spark or Trino job writes). Each run_id is a run,
/// named by its id below the folder; runs.parquet, when there, lists the runs. A table whose file is truncated or lacks
/// a required column is reported (path and column) and skipped; the other tables are still read.
/// </summary>
internal sealed class ParquetExportLayout : IRunLayout
{
    /// <summary>The instance.</summary>
    public static readonly ParquetExportLayout Default = new();

    private static readonly string[] DataTables = [ParamsTable.Name, SeriesTable.Name, ScoresTable.Name];

    private ParquetExportLayout()
    {
    }

    /// <inheritdoc/>
    public string Format => ParquetExportReader.FormatName;

    /// <inheritdoc/>
    public IEnumerable<RunLocation> Find(FolderListing folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var notices = new List<LayoutNotice>();
        string? manifestPath = folder.File(ParquetManifest.FileName);
        ParquetManifest? manifest = null;
        if (manifestPath is not null && (manifest = ParquetManifest.TryRead(manifestPath, out string? problem)) is null)
        {
            notices.Add(new LayoutNotice(IngestCodes.UnreadableFile, manifestPath, problem + "; the tables are read as if there were no manifest"));
        }

        List<TableFile> found = [.. ParquetTables.All.Select(t => TableFile.Find(folder, t)).OfType<TableFile>()];
        if (manifestPath is null && !found.Any(IsExportTable))
        {
            return [];
        }

        foreach (string listed in manifest?.Tables ?? [])
        {
            if (!found.Any(f => ParquetTables.FileName(f.Table) == listed))
            {
                string path = Path.Combine(folder.Path, listed);
                notices.Add(new LayoutNotice(IngestCodes.UnreadableFile, path, $"listed in {ParquetManifest.FileName} but missing"));
            }
        }

        List<TableFile> usable = [.. found.Select(f => Usable(f, notices)).OfType<TableFile>()];
        ImmutableArray<string> claimed = [.. found.Select(f => f.Path).Where(Directory.Exists)];
        var data = new ExportData(usable);
        var locations = Runs(folder, manifestPath, usable, data, notices);
        return [.. locations, RunLocation.NotARun(folder.Path, claimed, notices)];
    }

    private static List<RunLocation> Runs(FolderListing folder, string? manifestPath, List<TableFile> usable, ExportData data, List<LayoutNotice> notices)
    {
        List<TableFile> read = [.. data.Tables.Select(t => usable.First(f => f.Table == t))];
        if (read.Any(f => f.Table == RunsTable.Name))
        {
            data.Listed = [.. data.Rows(RunsTable.Name).RunIds];
        }

        ImmutableSortedSet<string> ids = data.Listed.IsEmpty
            ? [.. read.SelectMany(f => data.Rows(f.Table).RunIds).ToImmutableSortedSet(StringComparer.Ordinal)]
            : data.Listed;
        if (ids.IsEmpty)
        {
            notices.Add(new LayoutNotice(IngestCodes.UnreadableFile, folder.Path, "Parquet export with no readable run rows"));
            notices.AddRange(read.SelectMany(f => data.Rows(f.Table).Problems));
            return [];
        }

        var locations = new List<RunLocation>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (string id in ids.Order(StringComparer.Ordinal))
        {
            string runFolder = ExportRunFolder.For(folder.Path, id, out string usedId);
            if (!used.Add(usedId))
            {
                notices.Add(new LayoutNotice(
                    IngestCodes.UnreadableFile, folder.Path, $"run id '{id}' reads as '{usedId}', which another run already has; skipped"));
                continue;
            }

            if (usedId != id)
            {
                notices.Add(new LayoutNotice(IngestCodes.UnreadableFile, folder.Path, $"run id '{id}' is not a relative path; read as '{usedId}'"));
            }

            bool first = locations.Count == 0;
            IEnumerable<RunInput> inputs = read.Select(f => new RunInput(f.Path, new ParquetExportReader(f, data, id, first)));
            locations.Add(RunLocation.Of(runFolder, manifestPath is null ? inputs : [new RunInput(manifestPath, ManifestFileReader.Default), .. inputs]));
        }

        return locations;
    }

    /// <summary>A params, series or scores table whose first part has a run_id column: enough to call a folder an export without a manifest.</summary>
    private static bool IsExportTable(TableFile file) =>
        DataTables.Contains(file.Table) && PartFileSchema.Read(file.Parts[0], out _) is { } fields && fields.ContainsKey(TableColumn.RunId.Name);

    /// <summary>The table with the parts that can be read; the others reported.</summary>
    private static TableFile? Usable(TableFile file, List<LayoutNotice> notices)
    {
        if (ExportData.Create(file.Table) is not TableRows rows)
        {
            return null;
        }

        var parts = new List<string>();
        foreach (string part in file.Parts)
        {
            if (PartFileSchema.Read(part, out LayoutNotice? problem) is not { } fields)
            {
                notices.Add(problem!);
            }
            else if (PartFileSchema.Missing(fields, rows.Schema.Columns) is string missing)
            {
                notices.Add(new LayoutNotice(IngestCodes.UnreadableFile, part, missing + "; table not read"));
            }
            else
            {
                parts.Add(part);
            }
        }

        return parts.Count == 0 ? null : file with { Parts = [.. parts] };
    }
}
