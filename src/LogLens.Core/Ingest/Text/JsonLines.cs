using System.Globalization;
using System.Text.Json;
using LogLens.Core.Ingest.Formats;

namespace LogLens.Core.Ingest.Text;

/// <summary>
/// The shared loop of the JSONL readers: streams lines, skips blank ones, quotes bare NaN/Infinity, hands each
/// line to a parser and reports its failures: LL001 for a bad line in the middle (the rest is still read),
/// LL002 for a bad or unterminated last line (an appended file caught mid-write).
/// </summary>
internal static class JsonLines
{
    /// <summary>Parses one line; returns null on success or the reason it failed.</summary>
    public delegate string? LineParser(ReadOnlySpan<byte> json, long line);

    public static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip };

    public static void Read(string path, RunFragment fragment, LineParser parse, int maxLineBytes = Utf8LineReader.DefaultMaxLineBytes)
    {
        using var lines = new Utf8LineReader(path, maxLineBytes);
        byte[] scratch = [];
        (long Line, string Reason)? failed = null;
        while (lines.TryReadLine(out ReadOnlySpan<byte> line))
        {
            if (lines.TooLong)
            {
                failed = Flush(failed, path, fragment);
                fragment.Report(IngestCodes.UnreadableFile, path, lines.LineNumber, $"line longer than {maxLineBytes / (1024 * 1024)} MiB; skipped");
                continue;
            }

            if (line.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            failed = Flush(failed, path, fragment);
            if (NamedLiterals.MayContain(line))
            {
                int size = NamedLiterals.MaxOutputLength(line.Length);
                if (scratch.Length < size)
                {
                    scratch = new byte[Math.Max(size, scratch.Length * 2)];
                }

                line = scratch.AsSpan(0, NamedLiterals.Quote(line, scratch));
            }

            // A complete JSON value without its newline is kept: a writer may simply omit the last '\n'.
            if (Parse(parse, line, lines.LineNumber) is string reason)
            {
                failed = (lines.LineNumber, reason);
            }
        }

        if (failed is var (last, why))
        {
            fragment.Report(IngestCodes.PartialFile, path, last, string.Create(
                CultureInfo.InvariantCulture, $"last line is incomplete ({why}); read up to line {last - 1}"));
        }
    }

    private static string? Parse(LineParser parse, ReadOnlySpan<byte> line, long number)
    {
        try
        {
            return parse(line, number);
        }
        catch (JsonException e)
        {
            return "not valid JSON: " + JsonFile.FirstSentence(e.Message);
        }
        catch (InvalidOperationException e)
        {
            return "not valid JSON: " + JsonFile.FirstSentence(e.Message);
        }
    }

    private static (long, string)? Flush((long Line, string Reason)? failed, string path, RunFragment fragment)
    {
        if (failed is var (line, reason))
        {
            fragment.Report(IngestCodes.UnreadableFile, path, line, reason + "; line skipped");
        }

        return null;
    }
}
