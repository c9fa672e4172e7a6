using LogLens.Core.Ingest.Memory;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.Lightning;

/// <summary>The columns of a Lightning metrics.csv header, looked up by name: the step column and one series per metric.</summary>
internal sealed class LightningHeader
{
    private LightningHeader(string[] names, int step, SeriesBuilder?[] series, bool[] isIndex)
    {
        Names = names;
        Step = step;
        Series = series;
        IsIndex = isIndex;
    }

    public string[] Names { get; }

    /// <summary>The index of the <c>step</c> column, -1 when there is none (the row index is the step then).</summary>
    public int Step { get; }

    /// <summary>The series of each column (null for the step column and unnamed columns).</summary>
    public SeriesBuilder?[] Series { get; }

    /// <summary>Index-like columns (epoch): repeats at a shared step are not resumes.</summary>
    public bool[] IsIndex { get; }

    public static LightningHeader Create(ReadOnlySpan<byte> line, CsvFields fields, RunFragment fragment)
    {
        var names = new string[fields.Count];
        var series = new SeriesBuilder?[fields.Count];
        var isIndex = new bool[fields.Count];
        int step = -1;
        for (int i = 0; i < fields.Count; i++)
        {
            names[i] = fields.Text(line, i);
            if (step < 0 && names[i].Equals(MetricColumns.Step, StringComparison.OrdinalIgnoreCase))
            {
                step = i;
            }
            else if (names[i].Length > 0)
            {
                series[i] = fragment.Series(names[i]);
                isIndex[i] = MetricColumns.IsIndex(names[i]);
            }
        }

        return new LightningHeader(names, step, series, isIndex);
    }

    /// <summary>
    /// A line that is a header rather than a row: no field is a number and one names a column (a file rewritten
    /// with new keys and appended to, or two files concatenated).
    /// </summary>
    public bool IsNewHeader(ReadOnlySpan<byte> line, CsvFields fields)
    {
        if (line.Length > 0 && (char.IsAsciiDigit((char)line[0]) || line[0] == '-'))
        {
            return false; // the common case, a row starting with a number, decided without parsing
        }

        bool named = false;
        for (int i = 0; i < fields.Count; i++)
        {
            ReadOnlySpan<byte> raw = fields.Raw(line, i);
            if (FloatText.TryParse(raw, out _))
            {
                return false;
            }

            named |= !raw.Trim(" \t"u8).IsEmpty && ((i < Names.Length && fields.Text(line, i) == Names[i]) || raw.SequenceEqual("step"u8));
        }

        return named;
    }
}
