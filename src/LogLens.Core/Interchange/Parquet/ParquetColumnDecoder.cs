using System.Globalization;
using LogLens.Core.Ingest.Text;
using Parquet;
using Parquet.Schema;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// Reads one column chunk of a row group into text, numbers or flags, whatever its physical type: a DuckDB or Spark
/// job may write steps as INTEGER, values as DECIMAL or FLOAT, flags as 0/1. Nulls stay null.
/// </summary>
internal static class ParquetColumnDecoder
{
    /// <summary>True when a column of this field can be read as any <see cref="ColumnKind"/>: a scalar text, number or bool.</summary>
    public static bool Accepts(DataField field) =>
        !field.IsArray && (IsText(field.ClrType) || IsNumber(field.ClrType) || field.ClrType == typeof(bool));

    public static string?[] Text(ParquetRowGroupReader rowGroup, DataField field)
    {
        if (IsText(field.ClrType))
        {
            var values = new string?[rowGroup.RowCount];
            Wait(rowGroup.ReadAsync(field, values.AsMemory()));
            return values;
        }

        if (field.ClrType == typeof(bool))
        {
            return [.. Flag(rowGroup, field).Select(b => b is bool v ? (v ? "true" : "false") : null)];
        }

        return [.. Number(rowGroup, field).Select(d => d?.ToString("R", CultureInfo.InvariantCulture))];
    }

    public static double?[] Number(ParquetRowGroupReader rowGroup, DataField field)
    {
        Type t = field.ClrType;
        return t == typeof(double) ? Read<double>(rowGroup, field, v => v)
            : t == typeof(float) ? Read<float>(rowGroup, field, v => v)
            : t == typeof(long) ? Read<long>(rowGroup, field, v => v)
            : t == typeof(int) ? Read<int>(rowGroup, field, v => v)
            : t == typeof(short) ? Read<short>(rowGroup, field, v => v)
            : t == typeof(sbyte) ? Read<sbyte>(rowGroup, field, v => v)
            : t == typeof(byte) ? Read<byte>(rowGroup, field, v => v)
            : t == typeof(ushort) ? Read<ushort>(rowGroup, field, v => v)
            : t == typeof(uint) ? Read<uint>(rowGroup, field, v => v)
            : t == typeof(ulong) ? Read<ulong>(rowGroup, field, v => v)
            : t == typeof(decimal) ? Read<decimal>(rowGroup, field, v => (double)v)
            : t == typeof(Half) ? Read<Half>(rowGroup, field, v => (double)v)
            : t == typeof(bool) ? Read<bool>(rowGroup, field, v => v ? 1 : 0)
            : [.. Text(rowGroup, field).Select(s => s is not null && FloatText.TryParse(s.Trim(), out double d) ? d : (double?)null)];
    }

    public static bool?[] Flag(ParquetRowGroupReader rowGroup, DataField field)
    {
        if (field.ClrType == typeof(bool) && !field.IsNullable)
        {
            return [.. Number(rowGroup, field).Select(d => d is double v ? v != 0 : (bool?)null)];
        }

        if (field.ClrType == typeof(bool))
        {
            var values = new bool?[rowGroup.RowCount];
            Wait(rowGroup.ReadAsync<bool>(field, values.AsMemory()));
            return values;
        }

        if (IsText(field.ClrType))
        {
            return [.. Text(rowGroup, field).Select(ParseFlag)];
        }

        return [.. Number(rowGroup, field).Select(d => d is double v && !double.IsNaN(v) ? v != 0 : (bool?)null)];
    }

    private static bool? ParseFlag(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "TRUE" or "1" or "T" or "YES" => true,
        "FALSE" or "0" or "F" or "NO" => false,
        _ => null,
    };

    private static double?[] Read<T>(ParquetRowGroupReader rowGroup, DataField field, Func<T, double> convert)
        where T : struct
    {
        var result = new double?[rowGroup.RowCount];
        if (!field.IsNullable)
        {
            // A required column goes into a non-nullable buffer: Parquet.Net 6.1 fills a nullable buffer from
            // definition levels that a required column does not have, and once reads have run on more than one
            // thread those levels come from stale pooled memory (rows turn null, the rest shift: tested).
            var required = new T[result.Length];
            Wait(rowGroup.ReadAsync<T>(field, required.AsMemory()));
            for (int i = 0; i < required.Length; i++)
            {
                result[i] = convert(required[i]);
            }

            return result;
        }

        var values = new T?[result.Length];
        Wait(rowGroup.ReadAsync<T>(field, values.AsMemory()));
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = values[i] is T v ? convert(v) : null;
        }

        return result;
    }

    private static bool IsText(Type type) => type == typeof(string) || type == typeof(ReadOnlyMemory<char>);

    private static bool IsNumber(Type type) =>
        type == typeof(double) || type == typeof(float) || type == typeof(long) || type == typeof(int) || type == typeof(short)
        || type == typeof(sbyte) || type == typeof(byte) || type == typeof(ushort) || type == typeof(uint) || type == typeof(ulong)
        || type == typeof(decimal) || type == typeof(Half);

    // Readers are synchronous (IRunFileReader); Parquet.Net's reads complete on the calling thread for file streams.
    private static void Wait(ValueTask task) => task.AsTask().GetAwaiter().GetResult();
}
