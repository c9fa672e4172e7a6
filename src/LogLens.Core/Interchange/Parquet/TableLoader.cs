using System.Globalization;
using LogLens.Core.Ingest.Formats;
using Parquet;
using Parquet.Schema;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// Loads a table's parts row group by row group into its <see cref="TableRows"/>: a part or row group that cannot be
/// read is a problem on the table and the rest is still read. Never throws for bad content.
/// </summary>
internal static class TableLoader
{
    /// <summary>
    /// Parquet.Net 6.1 keeps pooled decoder state across readers (see <see cref="ParquetColumnDecoder"/> for the bug
    /// that caused), so reads in this process take turns: tables are small next to the analysis that follows.
    /// </summary>
    public static readonly Lock ParquetLock = new();

    public static TableRows Load(TableFile file, TableRows rows)
    {
        lock (ParquetLock)
        {
            return LoadAll(file, rows);
        }
    }

    private static TableRows LoadAll(TableFile file, TableRows rows)
    {
        foreach (string part in file.Parts)
        {
            rows.CurrentPath = part;
            try
            {
                LoadPart(part, rows);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                rows.Problem(IngestCodes.UnreadableFile, part, $"could not be read ({e.GetType().Name}: {e.Message}); rows before the error kept");
            }
        }

        return rows;
    }

    private static void LoadPart(string part, TableRows rows)
    {
        using var stream = new FileStream(part, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        ParquetReader reader = ParquetReader.CreateAsync(stream, PartFileSchema.Options, true).GetAwaiter().GetResult();
        try
        {
            Dictionary<string, DataField> fields = PartFileSchema.Fields(reader);
            if (PartFileSchema.Missing(fields, rows.Schema.Columns) is string missing)
            {
                rows.Problem(IngestCodes.UnreadableFile, part, missing + "; file not read");
                return;
            }

            for (int i = 0; i < reader.RowGroupCount; i++)
            {
                try
                {
                    using ParquetRowGroupReader rowGroup = reader.OpenRowGroupReader(i);
                    rows.Add(RowGroupColumns.Read(rowGroup, fields, rows.Schema.Columns));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    rows.Problem(IngestCodes.UnreadableFile, part,
                        string.Create(CultureInfo.InvariantCulture, $"row group {i} could not be read ({e.GetType().Name}: {e.Message}); skipped"));
                }
            }
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
