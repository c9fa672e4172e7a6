using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Memory;

namespace LogLens.Core.Ingest.Csv;

/// <summary>What the header of a wide metrics.csv maps each column to: the step, a series, or nothing (blank name).</summary>
internal sealed class CsvColumns
{
    public CsvColumns(IReadOnlyList<string> headers, RunFragment fragment)
    {
        Headers = headers;
        Series = new SeriesBuilder?[headers.Count];
        IsIndex = new bool[headers.Count];
        for (int i = 0; i < headers.Count; i++)
        {
            string name = headers[i].Trim();
            if (name.Equals(MetricColumns.Step, StringComparison.OrdinalIgnoreCase) && StepColumn < 0)
            {
                StepColumn = i;
            }
            else if (name.Length > 0)
            {
                Series[i] = fragment.Series(name);
                IsIndex[i] = MetricColumns.IsIndex(name);
            }
        }
    }

    public IReadOnlyList<string> Headers { get; }

    /// <summary>The builder per column; null for the step column and unnamed columns.</summary>
    public SeriesBuilder?[] Series { get; }

    public bool[] IsIndex { get; }

    /// <summary>The first column named "step" (any case), or -1.</summary>
    public int StepColumn { get; } = -1;

    public int Count => Series.Length;
}
