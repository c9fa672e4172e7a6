using System.Text.Json;
using LogLens.Core.Ingest.Text;
using LogLens.Core.Model;

namespace LogLens.Core.Ingest.Formats.Generic;

/// <summary>Parses one samples.jsonl line with <see cref="Utf8JsonReader"/>; unknown fields are skipped.</summary>
internal sealed class JsonlSampleRow(RunFragment fragment)
{
    private readonly Dictionary<string, int> nextIndex = new(StringComparer.Ordinal);

    public string? Parse(ReadOnlySpan<byte> json, long line)
    {
        var reader = new Utf8JsonReader(json, JsonLines.ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return "not a JSON object";
        }

        string? promptId = null, output = null, dataset = null, slice = null, expected = null, expect = null;
        double? score = null, index = null;
        bool? correct = null, refused = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string field = reader.GetString()!;
            reader.Read();
            switch (field)
            {
                case "prompt_id": promptId = JsonValues.Text(ref reader); break;
                case "sample": index = Number(ref reader); break;
                case "output": output = JsonValues.Text(ref reader); break;
                case "score": score = Number(ref reader); break;
                case "correct": correct = Flag(ref reader); break;
                case "dataset": dataset = JsonValues.Text(ref reader); break;
                case "slice": slice = JsonValues.Text(ref reader); break;
                case "expected": expected = JsonValues.Text(ref reader); break;
                case "expect": expect = JsonValues.Text(ref reader); break;
                case "refused": refused = Flag(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        reader.Read();
        if (string.IsNullOrEmpty(promptId))
        {
            return "no prompt_id";
        }

        int next = nextIndex.GetValueOrDefault(promptId);
        int sample = index is double i && i >= 0 && i < int.MaxValue && i == Math.Floor(i) ? (int)i : next;
        nextIndex[promptId] = Math.Max(next, sample + 1);
        fragment.AddSample(new Sample(promptId, sample, output ?? "", score, correct, dataset, slice, expected, expect, refused));
        return null;
    }

    private static double? Number(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            return reader.GetBoolean() ? 1 : 0;
        }

        return JsonValues.TryGetDouble(ref reader, out double value) ? value : SkipNull(ref reader);
    }

    private static bool? Flag(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => Number(ref reader) is double d && !double.IsNaN(d) ? d != 0 : null,
    };

    private static double? SkipNull(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }
}
