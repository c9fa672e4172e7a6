using System.Runtime.InteropServices;
using System.Text;
using LogLens.Core.Model;

namespace LogLens.Core.Ingest.Cache;

/// <summary>
/// Writes a cache entry: magic, format version, key, the run with every field, its diagnostics, an end marker.
/// Little-endian binary; double and int columns are written as raw spans. <see cref="RunCacheReader"/> reads it back.
/// </summary>
internal sealed class RunCacheWriter(Stream stream) : IDisposable
{
    /// <summary>The first four bytes of every entry.</summary>
    public const int Magic = 0x43524C4C; // "LLRC"

    /// <summary>The last four bytes of every complete entry.</summary>
    public const int EndMarker = 0x444E4521; // "!END"

    private readonly BinaryWriter writer = new(stream, Encoding.UTF8, leaveOpen: true);

    /// <summary>Writes the whole entry.</summary>
    public void Write(string key, Run run, IReadOnlyList<Diagnostic> diagnostics)
    {
        writer.Write(Magic);
        writer.Write(RunCacheKey.FormatVersion);
        Text(key);
        Text(run.Id);
        Texts(run.Formats);
        writer.Write(run.Params.Count);
        foreach ((string name, string value) in run.Params)
        {
            Text(name);
            Text(value);
        }

        writer.Write(run.Series.Length);
        for (int i = 0; i < run.Series.Length; i++)
        {
            MetricSeries series = run.Series[i];
            Text(series.Name);
            int shared = -1;
            for (int j = 0; j < i && shared < 0; j++)
            {
                shared = ReferenceEquals(run.Series[j].Steps, series.Steps) ? j : -1;
            }

            writer.Write(shared);
            if (shared < 0)
            {
                Doubles(series.Steps);
            }

            Doubles(series.Values);
            writer.Write(series.Raw is not null);
            if (series.Raw is { } raw)
            {
                Doubles(raw.Steps);
                Doubles(raw.Values);
                writer.Write(raw.Segments.Length);
                writer.Write(MemoryMarshal.AsBytes(raw.Segments.AsSpan()));
            }
        }

        writer.Write(run.Scores.Length);
        foreach (Score score in run.Scores)
        {
            Text(score.Dataset);
            Text(score.Metric);
            writer.Write(score.Value);
            Optional(score.N, writer.Write);
            Optional(score.Stderr, writer.Write);
        }

        writer.Write(run.Samples.Length);
        foreach (Sample sample in run.Samples)
        {
            WriteSample(sample);
        }

        writer.Write(run.Sources.Length);
        foreach (RunSource source in run.Sources)
        {
            Text(source.Path);
            Text(source.Format);
            Texts(source.Params);
            Texts(source.Metrics);
            writer.Write(source.Scores);
            writer.Write(source.Samples);
        }

        writer.Write(run.Directions.Count);
        foreach ((string metric, bool higher) in run.Directions)
        {
            Text(metric);
            writer.Write(higher);
        }

        Text(run.Study);
        writer.Write(run.Status is not null);
        if (run.Status is not null)
        {
            Text(run.Status);
        }

        writer.Write(diagnostics.Count);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            Text(diagnostic.Code);
            Text(diagnostic.Path);
            Optional(diagnostic.Line, writer.Write);
            Text(diagnostic.Message);
        }

        writer.Write(EndMarker);
        writer.Flush();
    }

    /// <inheritdoc />
    public void Dispose() => writer.Dispose();

    private void WriteSample(Sample sample)
    {
        Text(sample.PromptId);
        writer.Write(sample.Index);
        Text(sample.Output);
        Optional(sample.Score, writer.Write);
        Optional(sample.Correct, writer.Write);
        Text(sample.Dataset);
        Text(sample.Slice);
        Text(sample.Expected);
        Text(sample.Expect);
        Optional(sample.Refused, writer.Write);
    }

    private void Optional<T>(T? value, Action<T> write)
        where T : struct
    {
        writer.Write(value.HasValue);
        if (value.HasValue)
        {
            write(value.Value);
        }
    }

    /// <summary>A string as its UTF-8 byte count (-1 for null) and bytes.</summary>
    private void Text(string? text)
    {
        if (text is null)
        {
            writer.Write(-1);
            return;
        }

        writer.Write(Encoding.UTF8.GetByteCount(text));
        writer.Write(Encoding.UTF8.GetBytes(text));
    }

    private void Texts(IReadOnlyCollection<string> texts)
    {
        writer.Write(texts.Count);
        foreach (string text in texts)
        {
            Text(text);
        }
    }

    private void Doubles(double[] values)
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }
}
