using System.Text.Json;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.HfTrainer;

/// <summary>
/// Reads the log_history array into a <see cref="ParsedState"/>: every numeric value of an entry becomes a cell
/// under its key as logged, at the entry's "step". An entry counts only once its closing brace is read.
/// </summary>
internal static class LogHistory
{
    /// <summary>Reads entries up to the closing bracket; false when the data ends first.</summary>
    public static bool Read(ref Utf8JsonReader reader, ParsedState state)
    {
        Span<char> buffer = stackalloc char[256];
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.EndArray:
                    return true;
                case JsonTokenType.StartObject:
                    if (!Entry(ref reader, state, buffer))
                    {
                        return false;
                    }

                    break;
                default:
                    if (!reader.TrySkip())
                    {
                        return false;
                    }

                    break;
            }
        }

        return false;
    }

    private static bool Entry(ref Utf8JsonReader reader, ParsedState state, scoped Span<char> buffer)
    {
        int start = state.CellKeys.Count;
        double step = double.NaN;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                if (double.IsNaN(step))
                {
                    state.EntriesWithoutStep++;
                    Truncate(state, start);
                }
                else
                {
                    state.Entries.Add((step, start, state.CellKeys.Count - start));
                }

                return true;
            }

            bool isStep = reader.ValueTextEquals("step"u8);
            int key = isStep ? -1 : KeyOf(ref reader, state, buffer);
            if (!reader.Read())
            {
                break;
            }

            if (reader.TokenType is JsonTokenType.Number or JsonTokenType.String && JsonValues.TryGetDouble(ref reader, out double value))
            {
                if (isStep)
                {
                    step = value;
                }
                else
                {
                    state.CellKeys.Add(key);
                    state.CellValues.Add(value);
                }
            }
            else if (!reader.TrySkip())
            {
                break;
            }
        }

        Truncate(state, start);
        return false;
    }

    private static int KeyOf(ref Utf8JsonReader reader, ParsedState state, scoped Span<char> buffer)
    {
        int length = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > buffer.Length)
        {
            return state.KeyOf(reader.GetString());
        }

        return state.KeyOf(buffer[..reader.CopyString(buffer)]);
    }

    private static void Truncate(ParsedState state, int start)
    {
        state.CellKeys.RemoveRange(start, state.CellKeys.Count - start);
        state.CellValues.RemoveRange(start, state.CellValues.Count - start);
    }
}
