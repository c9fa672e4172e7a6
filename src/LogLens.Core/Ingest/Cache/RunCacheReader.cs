using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using LogLens.Core.Ingest.Memory;
using LogLens.Core.Model;

namespace LogLens.Core.Ingest.Cache;

/// <summary>
/// Reads an entry written by <see cref="RunCacheWriter"/> from the first <c>length</c> of its bytes (a pooled buffer
/// may be longer; nothing read aliases it). Every count is checked against the bytes
/// left, so a truncated or corrupt entry fails with <see cref="InvalidDataException"/> instead of allocating wildly.
/// </summary>
internal sealed class RunCacheReader(byte[] bytes, int length)
{
    /// <summary>Reads all of <paramref name="bytes"/>.</summary>
    public RunCacheReader(byte[] bytes)
        : this(bytes, bytes.Length)
    {
    }

    private int position;

    /// <summary>The run and its diagnostics, or null when the entry is of another format version or key.</summary>
    public (Run Run, IReadOnlyList<Diagnostic> Diagnostics)? Read(string key)
    {
        if (Int() != RunCacheWriter.Magic || Int() != RunCacheKey.FormatVersion || Text() != key)
        {
            return null;
        }

        string id = Required();
        ImmutableArray<string> formats = Texts();
        var parameters = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        for (int i = Count(8); i > 0; i--)
        {
            parameters[Required()] = Required();
        }

        var series = new MetricSeries[Count(13)];
        for (int i = 0; i < series.Length; i++)
        {
            string name = Required();
            int shared = Int();
            double[] steps = shared < 0 ? Doubles() : series[shared < i ? shared : throw Corrupt()].Steps;
            double[] values = Doubles();
            RawSeries? raw = Bool() ? new RawSeries(Doubles(), Doubles(), Ints()) : null;
            series[i] = new MetricSeries(name, steps, values) { Raw = raw };
        }

        var scores = new Score[Count(20)];
        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] = new Score(Required(), Required(), Double(), Bool() ? Int() : null, Bool() ? Double() : null);
        }

        var samples = new Sample[Count(20)];
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] = new Sample(Required(), Int(), Required(), Bool() ? Double() : null, Bool() ? Bool() : null, Text(), Text(), Text(), Text(),
                Bool() ? Bool() : null);
        }

        var sources = new RunSource[Count(24)];
        for (int i = 0; i < sources.Length; i++)
        {
            sources[i] = new RunSource(Required(), Required(), Texts(), Texts(), Int(), Int());
        }

        var directions = ImmutableSortedDictionary.CreateBuilder<string, bool>(StringComparer.Ordinal);
        for (int i = Count(5); i > 0; i--)
        {
            directions[Required()] = Bool();
        }

        string study = Required();
        string? status = Bool() ? Required() : null;
        var diagnostics = new Diagnostic[Count(13)];
        for (int i = 0; i < diagnostics.Length; i++)
        {
            diagnostics[i] = new Diagnostic(Required(), Required(), Bool() ? Long() : null, Required());
        }

        if (Int() != RunCacheWriter.EndMarker || position != length)
        {
            throw Corrupt();
        }

        var run = new Run(id, formats, parameters.ToImmutable(), [.. series], [.. scores], [.. samples])
        {
            Sources = [.. sources],
            Directions = directions.ToImmutable(),
            Study = study,
            Status = status,
        };
        return (run, diagnostics);
    }

    private static InvalidDataException Corrupt() => new("corrupt run cache entry");

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > length - position)
        {
            throw Corrupt();
        }

        var span = new ReadOnlySpan<byte>(bytes, position, count);
        position += count;
        return span;
    }

    /// <summary>A count of items of at least <paramref name="minBytes"/> bytes each, checked against the bytes left.</summary>
    private int Count(int minBytes)
    {
        int count = Int();
        return count >= 0 && count <= (length - position) / minBytes ? count : throw Corrupt();
    }

    private int Int() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    private long Long() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    private double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

    private bool Bool() => Take(1)[0] switch
    {
        0 => false,
        1 => true,
        _ => throw Corrupt(),
    };

    private string? Text()
    {
        int length = Int();
        return length == -1 ? null : Encoding.UTF8.GetString(Take(length));
    }

    private string Required() => Text() ?? throw Corrupt();

    private ImmutableArray<string> Texts()
    {
        var texts = new string[Count(4)];
        for (int i = 0; i < texts.Length; i++)
        {
            texts[i] = Required();
        }

        return [.. texts];
    }

    private double[] Doubles()
    {
        int count = Count(8);
        double[] values = SeriesArrays.Allocate(count);
        Take(count * 8).CopyTo(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private int[] Ints()
    {
        int count = Count(4);
        int[] values = new int[count];
        Take(count * 4).CopyTo(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
