namespace LogLens.Core.Ingest.Text;

/// <summary>
/// Streams a file's lines as UTF-8 byte spans without decoding them: skips a UTF-8 BOM, trims a trailing
/// '\r', tracks 1-based line numbers, tells whether the last line returned ended with '\n', and skips
/// (flagging <see cref="TooLong"/>) lines longer than the limit instead of growing without bound.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    public const int DefaultMaxLineBytes = 64 * 1024 * 1024;

    private readonly Stream? stream;
    private readonly int maxLineBytes;
    private byte[] buffer;
    private int start;
    private int end;
    private bool eof;
    private bool first = true;

    public Utf8LineReader(string path, int maxLineBytes = DefaultMaxLineBytes)
    {
        stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        buffer = new byte[64 * 1024];
        this.maxLineBytes = maxLineBytes;
        Length = stream.Length;
    }

    /// <summary>
    /// Reads lines of a file already in memory (the first <paramref name="length"/> bytes of
    /// <paramref name="content"/>, which the reader does not copy and the caller keeps until disposal).
    /// </summary>
    public Utf8LineReader(byte[] content, int length, int maxLineBytes = DefaultMaxLineBytes)
    {
        buffer = content;
        end = length;
        eof = true;
        first = false;
        start = content.AsSpan(0, length).StartsWith("\uFEFF"u8) ? 3 : 0;
        this.maxLineBytes = maxLineBytes;
        Length = length;
    }

    /// <summary>Bytes of the file consumed so far: up to and including the line last returned and its '\n'.</summary>
    public long Position => (stream?.Position ?? Length) - (end - start);

    /// <summary>The file's length in bytes when it was opened.</summary>
    public long Length { get; }

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Whether the line last returned ended with '\n' (false for a final segment).</summary>
    public bool Terminated { get; private set; }

    /// <summary>Whether the line last returned exceeded the limit; it is then returned empty.</summary>
    public bool TooLong { get; private set; }

    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        TooLong = false;
        int scanned = 0;
        while (true)
        {
            int newline = buffer.AsSpan(start + scanned, end - start - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                int length = scanned + newline;
                TooLong = length > maxLineBytes;
                line = TooLong ? default : TrimCr(buffer.AsSpan(start, length));
                start += length + 1;
                return Found(terminated: true);
            }

            scanned = end - start;
            if (eof)
            {
                line = TrimCr(buffer.AsSpan(start, end - start));
                start = end;
                return scanned > 0 && Found(terminated: false);
            }

            if (scanned >= maxLineBytes)
            {
                bool terminated = SkipRestOfLine();
                line = default;
                TooLong = true;
                return Found(terminated);
            }

            Fill();
        }
    }

    public void Dispose() => stream?.Dispose();

    private static ReadOnlySpan<byte> TrimCr(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;

    private bool Found(bool terminated)
    {
        LineNumber++;
        Terminated = terminated;
        return true;
    }

    private void Fill()
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        int read = stream!.Read(buffer, end, buffer.Length - end);
        eof = read == 0;
        end += read;
        if (first && end >= 3 && buffer.AsSpan(0, 3).SequenceEqual("\uFEFF"u8))
        {
            start = 3;
        }

        first = first && end < 3 && !eof;
    }

    private bool SkipRestOfLine()
    {
        while (true)
        {
            int newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                start += newline + 1;
                return true;
            }

            start = end = 0;
            if (eof)
            {
                return false;
            }

            Fill();
        }
    }
}
