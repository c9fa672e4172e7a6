using LogLens.Core.Ingest.Memory;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Csv;

/// <summary>
/// The leading dense rows of a wide metrics file — every named column has a number and the step strictly increases,
/// which is how loggers write big files — stored straight into one step column and one value column per metric,
/// sized from the file's line count. At the end they become the series without a copy (all of a file's series share
/// the step column); the first row that is not dense hands the rows so far to the series builders, and the reader
/// goes on row by row (resumes, sparse or bad cells). Only used when each named column has its own, still empty builder.
/// </summary>
internal sealed class DenseRows
{
    private const int Skipped = -2;
    private const int StepSlot = -1;

    private readonly SeriesBuilder?[] series;
    private readonly int[] columns;
    private readonly int[] slots;
    private readonly double[][] values;
    private double[] steps;
    private int count;

    private DenseRows(SeriesBuilder?[] series, int stepColumn, int[] columns, int capacity)
    {
        this.series = series;
        this.columns = columns;
        slots = [.. series.Select((_, n) => n == stepColumn ? StepSlot : Array.IndexOf(columns, n) is int c and >= 0 ? c : Skipped)];
        steps = SeriesArrays.Allocate(capacity);
        values = [.. columns.Select(_ => SeriesArrays.Allocate(capacity))];
    }

    /// <summary>False once a row was not dense (the rows were handed over).</summary>
    public bool Active { get; private set; } = true;

    /// <summary>A store for the named columns of <paramref name="series"/>, or null when two columns share a builder or a builder already has points.</summary>
    /// <param name="series">The builder per column (null for the step and unnamed columns).</param>
    /// <param name="stepColumn">The step's column, or -1 (the row index is the step).</param>
    /// <param name="capacity">The rows expected (an upper bound avoids any copy; more rows grow the columns).</param>
    public static DenseRows? Create(SeriesBuilder?[] series, int stepColumn, int capacity)
    {
        int[] columns = [.. Enumerable.Range(0, series.Length).Where(i => series[i] is not null)];
        bool distinct = columns.Select(i => series[i]).Distinct().Count() == columns.Length;
        return distinct && columns.All(i => series[i]!.Count == 0) ? new DenseRows(series, stepColumn, columns, Math.Max(capacity, 16)) : null;
    }

    /// <summary>
    /// Parses and stores <paramref name="line"/> when it is dense: exactly one cell per column, every named cell and
    /// the step a number <see cref="FastFloat"/> takes whole, and the step above the last (<paramref name="rowStep"/>
    /// is the step when the file has no step column). Otherwise hands over the rows so far and returns false, and
    /// the caller reads the line the general way. Cells go straight into the columns: slot <c>count</c> is only
    /// kept when the whole row passed.
    /// </summary>
    public bool TryAddLine(ReadOnlySpan<byte> line, double rowStep)
    {
        if (count == steps.Length)
        {
            Grow();
        }

        double step = rowStep;
        int position = 0;
        int last = slots.Length - 1;
        for (int n = 0; n <= last; n++)
        {
            ReadOnlySpan<byte> rest = line[position..];
            int slot = slots[n];
            int used;
            if (slot == Skipped)
            {
                int comma = rest.IndexOf((byte)',');
                used = comma < 0 ? rest.Length : comma;
            }
            else if (FastFloat.TryParsePrefix(rest, out double value, out used))
            {
                if (slot == StepSlot)
                {
                    step = value;
                }
                else
                {
                    values[slot][count] = value;
                }
            }
            else
            {
                return HandOverFalse();
            }

            position += used;
            bool cellEnds = n == last ? position == line.Length : position < line.Length && line[position] == (byte)',';
            if (!cellEnds)
            {
                return HandOverFalse();
            }

            position++;
        }

        if (count > 0 && !(step > steps[count - 1]))
        {
            return HandOverFalse();
        }

        steps[count++] = step;
        return true;
    }

    /// <summary>Gives the stored rows to the builders (exact-size columns are adopted, not copied); the store is then inactive.</summary>
    public void HandOver()
    {
        if (!Active)
        {
            return;
        }

        Active = false;
        if (count == 0)
        {
            return;
        }

        double[] stepColumn = Exact(steps);
        for (int c = 0; c < columns.Length; c++)
        {
            series[columns[c]]!.Adopt(stepColumn, Exact(values[c]));
        }
    }

    /// <summary>Makes room for <paramref name="rows"/> rows at once (a streamed file's estimate after its first rows).</summary>
    public void Reserve(double rows)
    {
        if (Active && rows > steps.Length)
        {
            Resize((int)Math.Min(rows, Array.MaxLength));
        }
    }

    private bool HandOverFalse()
    {
        HandOver();
        return false;
    }

    private double[] Exact(double[] column) => column.Length == count ? column : SeriesArrays.Copy(column, count, count);

    private void Grow() => Resize((int)Math.Min(Array.MaxLength, steps.Length * 2L));

    private void Resize(int capacity)
    {
        steps = SeriesArrays.Copy(steps, count, capacity);
        for (int c = 0; c < values.Length; c++)
        {
            values[c] = SeriesArrays.Copy(values[c], count, capacity);
        }
    }
}
