using Parquet;
using Parquet.Schema;

namespace LogLens.Core.Tests.Interchange.Parquet;

/// <summary>Writes a Parquet file from named columns, the way a DuckDB or Spark job would (any column types).</summary>
internal static class ParquetTable
{
    public static void Write(string path, params (string Name, Array Values)[] columns)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        DataField[] fields = [.. columns.Select(c => Field(c.Name, c.Values))];
        using var stream = File.Create(path);
        ParquetWriter writer = ParquetWriter.CreateAsync(new ParquetSchema(fields), stream).GetAwaiter().GetResult();
        using (ParquetRowGroupWriter rowGroup = writer.CreateRowGroup())
        {
            for (int i = 0; i < columns.Length; i++)
            {
                WriteColumn(rowGroup, fields[i], columns[i].Values).GetAwaiter().GetResult();
            }
        }

        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private static DataField Field(string name, Array values) => values switch
    {
        string?[] => new DataField<string>(name, true),
        int[] => new DataField<int>(name),
        long[] => new DataField<long>(name),
        double[] => new DataField<double>(name),
        float[] => new DataField<float>(name),
        decimal[] => new DataField<decimal>(name),
        bool[] => new DataField<bool>(name),
        double?[] => new DataField<double?>(name),
        _ => throw new ArgumentException("unsupported column type " + values.GetType()),
    };

    private static Task WriteColumn(ParquetRowGroupWriter rowGroup, DataField field, Array values) => values switch
    {
        string?[] s => rowGroup.WriteAsync(field, s),
        int[] a => rowGroup.WriteAsync<int>(field, a),
        long[] a => rowGroup.WriteAsync<long>(field, a),
        double[] a => rowGroup.WriteAsync<double>(field, a),
        float[] a => rowGroup.WriteAsync<float>(field, a),
        decimal[] a => rowGroup.WriteAsync<decimal>(field, a),
        bool[] a => rowGroup.WriteAsync<bool>(field, a),
        double?[] a => rowGroup.WriteAsync<double>(field, a),
        _ => throw new ArgumentException("unsupported column type " + values.GetType()),
    };
}
