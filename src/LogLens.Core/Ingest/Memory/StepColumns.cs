using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using LogLens.Core.Model;

namespace LogLens.Core.Ingest.Memory;

/// <summary>
/// One step array per distinct step column across the runs of an ingest: runs of a sweep usually log at the same
/// steps, and each run's copy is dropped for the shared one as soon as the run is read (while it is still young
/// garbage). Within a run, series logged on the same rows already share one array. Equality is bitwise; thread-safe.
/// </summary>
internal sealed class StepColumns
{
    private readonly ConcurrentDictionary<double[], double[]> columns = new(BitwiseComparer.Instance);

    /// <summary>The run with each series' steps replaced by an equal shared array (the run itself when nothing changed).</summary>
    public Run Share(Run run)
    {
        MetricSeries[]? shared = null;
        for (int i = 0; i < run.Series.Length; i++)
        {
            MetricSeries series = run.Series[i];
            double[] steps = columns.GetOrAdd(series.Steps, series.Steps);
            if (!ReferenceEquals(steps, series.Steps))
            {
                shared ??= [.. run.Series];
                shared[i] = series with { Steps = steps };
            }
        }

        return shared is null ? run : run with { Series = [.. shared] };
    }

    private sealed class BitwiseComparer : IEqualityComparer<double[]>
    {
        public static readonly BitwiseComparer Instance = new();

        public bool Equals(double[]? x, double[]? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && MemoryMarshal.AsBytes(x.AsSpan()).SequenceEqual(MemoryMarshal.AsBytes(y.AsSpan())));

        public int GetHashCode(double[] obj) => (int)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(obj.AsSpan()));
    }
}
