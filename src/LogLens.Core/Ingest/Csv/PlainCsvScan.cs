namespace LogLens.Core.Ingest.Csv;

/// <summary>
/// Decides whether a CSV file can take <see cref="PlainCsvReader"/>'s fast path: no quote character anywhere,
/// no carriage return except before a line feed, no UTF-16/32 byte order mark and no line longer than
/// <see cref="MaxLineBytes"/>. On such files splitting lines at '\n' and cells at ',' is exactly what CsvHelper
/// does; anything else goes to CsvHelper. One vectorised pass over the bytes, fed in chunks.
/// </summary>
internal sealed class PlainCsvScan
{
    public const int MaxLineBytes = 1024 * 1024;

    // Smaller than MaxLineBytes, so a line too long always spans chunks and only gaps across chunks need checking.
    private const int ChunkBytes = 256 * 1024;

    private long position;
    private long lastNewline = -1;
    private bool crPending;
    private bool plain = true;

    private PlainCsvScan()
    {
    }

    /// <summary>Scans a file on disk in chunks.</summary>
    public static bool IsPlain(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        var scan = new PlainCsvScan();
        byte[] buffer = new byte[ChunkBytes];
        int read;
        while (scan.plain && (read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            scan.Feed(buffer.AsSpan(0, read));
        }

        return scan.Finish();
    }

    /// <summary>Scans a whole file already in memory.</summary>
    public static bool IsPlain(ReadOnlySpan<byte> content)
    {
        var scan = new PlainCsvScan();
        for (int at = 0; scan.plain && at < content.Length; at += ChunkBytes)
        {
            scan.Feed(content.Slice(at, Math.Min(ChunkBytes, content.Length - at)));
        }

        return scan.Finish();
    }

    private void Feed(ReadOnlySpan<byte> chunk)
    {
        if ((position == 0 && IsWideBom(chunk)) || (crPending && chunk[0] != '\n') || !CarriageReturnsAreLineEnds(chunk, out crPending))
        {
            plain = false;
            return;
        }

        int first = chunk.IndexOf((byte)'\n');
        plain = (first < 0 ? position + chunk.Length : position + first) - lastNewline <= MaxLineBytes;
        lastNewline = first < 0 ? lastNewline : position + chunk.LastIndexOf((byte)'\n');
        position += chunk.Length;
    }

    private bool Finish() => plain && !crPending && position - lastNewline <= MaxLineBytes;

    private static bool IsWideBom(ReadOnlySpan<byte> start) =>
        start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || start.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);

    /// <summary>False on a quote or a '\r' not followed by '\n'; <paramref name="crAtEnd"/> when the chunk ends in '\r'.</summary>
    private static bool CarriageReturnsAreLineEnds(ReadOnlySpan<byte> chunk, out bool crAtEnd)
    {
        crAtEnd = false;
        int at;
        while ((at = chunk.IndexOfAny((byte)'"', (byte)'\r')) >= 0)
        {
            if (chunk[at] == '"')
            {
                return false;
            }

            if (at == chunk.Length - 1)
            {
                crAtEnd = true;
                return true;
            }

            if (chunk[at + 1] != '\n')
            {
                return false;
            }

            chunk = chunk[(at + 2)..];
        }

        return true;
    }
}
