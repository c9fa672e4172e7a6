using LogLens.Core.Ingest.Memory;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Csv;

/// <summary>
/// The cells of one row of a plain CSV line, found in one pass that also converts the cells that are read (a
/// metric or the step) with <see cref="FastFloat"/>: a plain numeric cell is touched once, not split and then
/// parsed. Cells the fast path does not take keep their bounds for the general parser. Reused across rows.
/// </summary>
internal sealed class CsvCells(int columns)
{
    private readonly double[] values = new double[columns];
    private readonly bool[] parsed = new bool[columns];
    private readonly int[] starts = new int[columns];
    private readonly int[] ends = new int[columns];
    private int count;

    /// <summary>Splits <paramref name="line"/> and converts the cells of columns that are read; returns the number of cells in the line.</summary>
    public int Scan(ReadOnlySpan<byte> line, SeriesBuilder?[] series, int stepColumn)
    {
        int start = 0;
        for (int n = 0; n < values.Length; n++)
        {
            starts[n] = start;
            ReadOnlySpan<byte> rest = line[start..];
            int end;
            bool wanted = series[n] is not null || n == stepColumn;
            if (wanted && FastFloat.TryParsePrefix(rest, out values[n], out int used)
                && (used == rest.Length || rest[used] == (byte)','))
            {
                parsed[n] = true;
                end = start + used;
            }
            else
            {
                parsed[n] = false;
                int comma = rest.IndexOf((byte)',');
                end = comma < 0 ? line.Length : start + comma;
            }

            ends[n] = end;
            if (end == line.Length)
            {
                count = n + 1;
                return count;
            }

            start = end + 1;
        }

        count = values.Length;
        return values.Length + line[start..].Count((byte)',') + 1;
    }

    /// <summary>True when cell <paramref name="i"/> is missing from the row or has no text.</summary>
    public bool IsEmpty(int i) => i >= count || starts[i] == ends[i];

    /// <summary>The text of cell <paramref name="i"/> (empty when the row is shorter).</summary>
    public ReadOnlySpan<byte> Text(ReadOnlySpan<byte> line, int i) => i < count ? line[starts[i]..ends[i]] : default;

    /// <summary>The value of cell <paramref name="i"/>: converted in the scan, or now by the general parser.</summary>
    public bool TryValue(ReadOnlySpan<byte> line, int i, out double value, out string text)
    {
        if (i < count && parsed[i])
        {
            value = values[i];
            text = "";
            return true;
        }

        return PlainCsvReader.TryCell(Text(line, i), out value, out text);
    }
}
