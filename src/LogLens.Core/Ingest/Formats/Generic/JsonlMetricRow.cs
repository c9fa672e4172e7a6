using System.Globalization;
using System.Text.Json;
using LogLens.Core.Ingest.Memory;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.Generic;

/// <summary>
/// Parses one metrics.jsonl line with <see cref="Utf8JsonReader"/> (no DOM): nested objects flattened with '/',
/// top-level "step" as the step (else the row index), numbers and float strings as values. Metric names are
/// looked up without allocating once seen; values are buffered and committed only when the whole line parsed.
/// </summary>
internal sealed class JsonlMetricRow(string path, RunFragment fragment)
{
    private readonly Dictionary<string, (SeriesBuilder Builder, bool IsIndex)> names = new(StringComparer.Ordinal);
    private readonly List<(SeriesBuilder Builder, bool IsIndex, double Value)> values = [];
    private readonly List<string> badCells = [];
    private readonly int[] prefixes = new int[JsonLines.ReaderOptions.MaxDepth + 1];
    private readonly List<(byte[] Raw, int Depth, SeriesBuilder? Builder, bool IsIndex)> shape = [];
    private char[] name = new char[256];
    private bool shapeUsable;
    private long rowIndex;
    private long bytesRead;
    private bool presized;

    /// <summary>
    /// Lines of a log usually repeat the previous line's keys in the same order: the fast path only compares
    /// each key's raw bytes with the remembered shape and falls back to the full parse on the first difference.
    /// </summary>
    public string? Parse(ReadOnlySpan<byte> json, long line)
    {
        string? result = shapeUsable && TryParseSameShape(json, line, out string? reason) ? reason : ParseAndRemember(json, line);
        bytesRead += json.Length + 1;
        if (rowIndex == CapacityHint.SampleRows && !presized)
        {
            presized = true;
            CapacityHint.Apply(names.Values.Select(n => n.Builder), rowIndex, bytesRead, new FileInfo(path).Length);
        }

        return result;
    }

    private bool TryParseSameShape(ReadOnlySpan<byte> json, long line, out string? reason)
    {
        values.Clear();
        badCells.Clear();
        reason = null;
        var reader = new Utf8JsonReader(json, JsonLines.ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        double? step = null;
        int index = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                if (reader.CurrentDepth == 0)
                {
                    break;
                }

                continue;
            }

            if (index >= shape.Count || reader.ValueIsEscaped || reader.HasValueSequence)
            {
                return false;
            }

            (byte[] raw, int depth, SeriesBuilder? builder, bool isIndex) = shape[index++];
            if (reader.CurrentDepth != depth || !reader.ValueSpan.SequenceEqual(raw))
            {
                return false;
            }

            reader.Read();
            if (reader.TokenType is JsonTokenType.StartArray)
            {
                reader.Skip();
            }
            else if (reader.TokenType is JsonTokenType.Number or JsonTokenType.String)
            {
                bool ok = JsonValues.TryGetDouble(ref reader, out double value);
                if (builder is null)
                {
                    if (!ok || double.IsNaN(value))
                    {
                        reason = "step is not a number";
                        return true;
                    }

                    step = value;
                }
                else if (ok)
                {
                    values.Add((builder, isIndex, value));
                }
                else
                {
                    badCells.Add(builder.Name);
                }
            }
        }

        reader.Read();
        Commit(step ?? rowIndex, line);
        rowIndex++;
        return true;
    }

    private string? ParseAndRemember(ReadOnlySpan<byte> json, long line)
    {
        shape.Clear();
        shapeUsable = true;
        values.Clear();
        badCells.Clear();
        var reader = new Utf8JsonReader(json, JsonLines.ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return "not a JSON object";
        }

        double? step = null;
        int depth = 0;
        int prefix = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                if (depth == 0)
                {
                    break;
                }

                prefix = prefixes[--depth];
                continue;
            }

            shapeUsable &= !reader.ValueIsEscaped && !reader.HasValueSequence;
            byte[] raw = reader.HasValueSequence ? [] : reader.ValueSpan.ToArray();
            int keyDepth = reader.CurrentDepth;
            int length = CopyName(ref reader, prefix);
            bool isStepKey = depth == 0 && name.AsSpan(0, length).SequenceEqual(MetricColumns.Step);
            (SeriesBuilder? shapeBuilder, bool shapeIndex) = isStepKey ? (null, false) : Lookup(name.AsSpan(0, length));
            shape.Add((raw, keyDepth, shapeBuilder, shapeIndex));
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    prefixes[depth++] = prefix;
                    name[length] = '/';
                    prefix = length + 1;
                    break;
                case JsonTokenType.StartArray:
                    reader.Skip();
                    break;
                case JsonTokenType.Number or JsonTokenType.String:
                    ReadOnlySpan<char> key = name.AsSpan(0, length);
                    bool isStep = isStepKey;
                    if (!JsonValues.TryGetDouble(ref reader, out double value) || isStep && double.IsNaN(value))
                    {
                        if (isStep)
                        {
                            return "step is not a number";
                        }

                        badCells.Add(key.ToString());
                    }
                    else if (isStep)
                    {
                        step = value;
                    }
                    else
                    {
                        values.Add((shapeBuilder!, shapeIndex, value));
                    }

                    break;
            }
        }

        // Throws on anything after the object but whitespace.
        reader.Read();
        Commit(step ?? rowIndex, line);
        rowIndex++;
        return null;
    }

    private void Commit(double step, long line)
    {
        bool resumed = false;
        foreach ((SeriesBuilder builder, bool isIndex, double value) in values)
        {
            resumed |= builder.Add(step, value) && !isIndex;
        }

        if (resumed)
        {
            fragment.Report(IngestCodes.ResumedSteps, path, line, string.Create(
                CultureInfo.InvariantCulture, $"step {step} repeats or goes back (resume/restart?); the later rows win"));
        }

        foreach (string bad in badCells)
        {
            fragment.Report(IngestCodes.UnreadableFile, path, line, $"'{JsonValues.Truncate(bad)}' is not a number; value skipped");
        }
    }

    private int CopyName(ref Utf8JsonReader reader, int prefix)
    {
        int needed = prefix + (reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length);
        if (needed >= name.Length)
        {
            Array.Resize(ref name, Math.Max(needed + 1, name.Length * 2));
        }

        return prefix + reader.CopyString(name.AsSpan(prefix));
    }

    private (SeriesBuilder, bool) Lookup(ReadOnlySpan<char> key)
    {
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(key, out (SeriesBuilder, bool) entry))
        {
            string text = key.ToString();
            entry = (fragment.Series(text), MetricColumns.IsIndex(text));
            names.Add(text, entry);
        }

        return entry;
    }
}
