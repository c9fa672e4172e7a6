using System.Collections.Immutable;
using LogLens.Core.Ingest.Formats;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// One table of an export as found on disk: <c>series.parquet</c>, or a folder of part files as Spark writes it
/// (<c>series/part-*.parquet</c> or <c>series.parquet/part-*.parquet</c>).
/// </summary>
/// <param name="Table">The table name, e.g. "series".</param>
/// <param name="Path">The file or folder: the run input (its files are in the cache key).</param>
/// <param name="Parts">The Parquet files to read, ordinal-sorted.</param>
internal sealed record TableFile(string Table, string Path, ImmutableArray<string> Parts)
{
    /// <summary>The table in <paramref name="folder"/>: a file named "table.parquet", else a folder "table.parquet/" or "table/" of .parquet parts.</summary>
    public static TableFile? Find(FolderListing folder, TableSchema table)
    {
        string fileName = table.FileName;
        if (folder.File(fileName) is string file)
        {
            return new TableFile(table.Name, file, [file]);
        }

        foreach (string name in (string[])[fileName, table.Name])
        {
            if (folder.Folder(name) is string directory)
            {
                ImmutableArray<string> parts = PartsIn(directory);
                if (!parts.IsEmpty)
                {
                    return new TableFile(table.Name, directory, parts);
                }
            }
        }

        return null;
    }

    /// <summary>*.parquet files under <paramref name="directory"/>, skipping Spark's hidden and marker files (".", "_").</summary>
    private static ImmutableArray<string> PartsIn(string directory)
    {
        try
        {
            return
            [
                .. Directory.EnumerateFiles(directory, "*.parquet", SearchOption.AllDirectories)
                    .Where(f => !System.IO.Path.GetRelativePath(directory, f).Split('/', '\\').Any(s => s.StartsWith('.') || s.StartsWith('_')))
                    .Order(StringComparer.Ordinal),
            ];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
