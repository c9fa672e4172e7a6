using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LogLens.Core.Ingest.Formats.HfTrainer;

/// <summary>
/// Reads a <see cref="StateSignature"/> from the first and last 16 KiB of a trainer_state.json without parsing
/// the whole file: the Trainer writes keys sorted, so the first log entry follows the header fields and
/// logging_steps / train_batch_size follow the log history. Never throws: unreadable bytes give unknown fields.
/// </summary>
internal static partial class StatePeek
{
    private const int Window = 16 * 1024;

    public static StateSignature Read(string path)
    {
        string text;
        if (SpecialFiles.Describe(path) is not null)
        {
            return StateSignature.Unknown; // a FIFO or device: never opened (the reader reports it)
        }

        try
        {
            text = HeadAndTail(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return StateSignature.Unknown;
        }

        return new StateSignature(FirstEntry(text), Last(LoggingSteps(), text), Last(TrainBatchSize(), text), Best(text));
    }

    /// <summary>The basename of a checkpoint path written on any machine: "/a/b/checkpoint-9" or ".\\checkpoint-9" → "checkpoint-9".</summary>
    public static string BaseName(string path) => path.TrimEnd('/', '\\')[(path.TrimEnd('/', '\\').LastIndexOfAny(['/', '\\']) + 1)..];

    private static string HeadAndTail(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
        long length = stream.Length;
        var head = new byte[(int)Math.Min(length, 2 * Window)];
        stream.ReadExactly(head);
        if (length <= 2 * Window)
        {
            return Encoding.UTF8.GetString(head);
        }

        var tail = new byte[Window];
        stream.Seek(-Window, SeekOrigin.End);
        stream.ReadExactly(tail);
        return Encoding.UTF8.GetString(head.AsSpan(0, Window)) + "\n" + Encoding.UTF8.GetString(tail);
    }

    private static string? FirstEntry(string text)
    {
        Match m = LogHistoryStart().Match(text);
        if (!m.Success)
        {
            return null;
        }

        int i = m.Index + m.Length - 1;
        if (text[i] == ']')
        {
            return "";
        }

        var entry = new StringBuilder();
        bool inString = false;
        for (int depth = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (inString)
            {
                entry.Append(c);
                if (c == '\\' && i + 1 < text.Length)
                {
                    entry.Append(text[++i]);
                }

                inString = c != '"';
                continue;
            }

            if (!char.IsWhiteSpace(c))
            {
                entry.Append(c);
            }

            inString = c == '"';
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0)
            {
                return entry.ToString();
            }
        }

        return null;
    }

    private static long? Last(Regex pattern, string text)
    {
        MatchCollection matches = pattern.Matches(text);
        return matches.Count > 0 && long.TryParse(matches[^1].Groups[1].ValueSpan, NumberStyles.Integer, CultureInfo.InvariantCulture, out long v) ? v : null;
    }

    private static string? Best(string text)
    {
        Match m = BestCheckpoint().Match(text);
        return m.Success ? BaseName(m.Groups[1].Value.Replace("\\\\", "\\", StringComparison.Ordinal)) : null;
    }

    [GeneratedRegex("\"log_history\"\\s*:\\s*\\[\\s*[{\\]]")]
    private static partial Regex LogHistoryStart();

    [GeneratedRegex("\"logging_steps\"\\s*:\\s*(-?\\d+)")]
    private static partial Regex LoggingSteps();

    [GeneratedRegex("\"train_batch_size\"\\s*:\\s*(-?\\d+)")]
    private static partial Regex TrainBatchSize();

    [GeneratedRegex("\"best_model_checkpoint\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex BestCheckpoint();
}
