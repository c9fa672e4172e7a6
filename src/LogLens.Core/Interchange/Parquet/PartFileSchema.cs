using System.Text;
using LogLens.Core.Ingest.Formats;
using Parquet;
using Parquet.Schema;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>Opens a part file's footer: its top-level columns by name (any case), or why it cannot be used.</summary>
internal static class PartFileSchema
{
    /// <summary>Fresh options per file: Parquet.Net's options object is not documented as safe to share across threads.</summary>
    public static ParquetOptions Options => new() { TreatByteArrayAsString = true };

    /// <summary>The file's columns, or null with <paramref name="problem"/> (a truncated, non-Parquet or corrupt file).</summary>
    public static Dictionary<string, DataField>? Read(string path, out LayoutNotice? problem)
    {
        try
        {
            using Lock.Scope turn = TableLoader.ParquetLock.EnterScope();
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            ParquetReader reader = ParquetReader.CreateAsync(stream, Options, true).GetAwaiter().GetResult();
            try
            {
                problem = null;
                return Fields(reader);
            }
            finally
            {
                reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problem = Unreadable(path, e);
            return null;
        }
    }

    /// <summary>The top-level scalar columns of an open file, by name (any case; the first of equal names wins).</summary>
    public static Dictionary<string, DataField> Fields(ParquetReader reader)
    {
        var fields = new Dictionary<string, DataField>(StringComparer.OrdinalIgnoreCase);
        foreach (DataField field in reader.Schema.Fields.OfType<DataField>())
        {
            fields.TryAdd(field.Name, field);
        }

        return fields;
    }

    /// <summary>
    /// The required columns of <paramref name="specs"/> that <paramref name="fields"/> lacks or has in an unreadable type,
    /// as one message; null when none.
    /// </summary>
    public static string? Missing(Dictionary<string, DataField> fields, IEnumerable<TableColumn> specs)
    {
        var message = new StringBuilder();
        foreach (TableColumn spec in specs.Where(s => s.Required))
        {
            if (!fields.TryGetValue(spec.Name, out DataField? field))
            {
                message.Append(message.Length == 0 ? "" : "; ").Append("required column '").Append(spec.Name).Append("' is missing");
            }
            else if (!ParquetColumnDecoder.Accepts(field))
            {
                message.Append(message.Length == 0 ? "" : "; ").Append("column '").Append(spec.Name).Append("' has type ")
                    .Append(field.ClrType.Name).Append(field.IsArray ? "[]" : "").Append(", not text, a number or a boolean");
            }
        }

        return message.Length == 0 ? null : message.ToString();
    }

    private static LayoutNotice Unreadable(string path, Exception e)
    {
        bool truncated = false;
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> head = stackalloc byte[4];
            truncated = stream.Length >= 4 && stream.ReadAtLeast(head, 4, false) == 4 && head.SequenceEqual("PAR1"u8);
        }
        catch (Exception inner) when (inner is IOException or UnauthorizedAccessException)
        {
        }

        return truncated
            ? new LayoutNotice(
                IngestCodes.PartialFile, path, $"Parquet file without a complete footer (truncated, or still being written?): {e.Message}; not read")
            : new LayoutNotice(IngestCodes.UnreadableFile, path, $"not a readable Parquet file ({e.GetType().Name}: {e.Message}); not read");
    }
}
