using System.Globalization;
using System.Text.Json;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Readers;

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
    private char[] name = new char[256];
    private long rowIndex;

    public string? Parse(ReadOnlySpan<byte> json, long line)
    {
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

            int length = CopyName(ref reader, prefix);
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
                    bool isStep = depth == 0 && key.SequenceEqual(MetricColumns.Step);
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
                        (SeriesBuilder builder, bool isIndex) = Lookup(key);
                        values.Add((builder, isIndex, value));
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
