using System.Globalization;

namespace LogLens.Core.Ingest.Text;

/// <summary>
/// Tells a binary file from text by its first 8 KiB, as git and grep do: a NUL byte, or control bytes (other than
/// tab, line ends, form feed and ESC) making up more than 5% of them. Invalid UTF-8 alone is not binary: a Latin-1
/// file is text, and its readers say what they make of it. One diagnostic for the file replaces one per garbage line.
/// </summary>
internal static class BinarySniff
{
    public const int HeadBytes = 8192;

    /// <summary>
    /// Why <paramref name="path"/> is not text, with the 1-based line of the first offending byte; null when it looks like text or cannot be read.
    /// </summary>
    public static string? Check(string path, out long line)
    {
        line = 0;
        Span<byte> head = stackalloc byte[HeadBytes];
        int length = 0;
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            for (int read; length < head.Length && (read = RandomAccess.Read(handle, head[length..], length)) > 0;)
            {
                length += read;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the reader reports what is wrong with it
        }

        return Check(head[..length], out line);
    }

    /// <summary>The same test on a file's first bytes.</summary>
    public static string? Check(ReadOnlySpan<byte> head, out long line)
    {
        line = 0;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            line = 1;
            return "not UTF-8 text: it starts with a UTF-16 byte-order mark (save it as UTF-8); file skipped";
        }

        int nul = head.IndexOf((byte)0);
        int controls = 0, first = -1;
        for (int i = 0; i < head.Length; i++)
        {
            if (IsControl(head[i]))
            {
                controls++;
                first = first < 0 ? i : first;
            }
        }

        int offset = nul >= 0 ? nul : controls * 20 > head.Length ? first : -1;
        if (offset < 0)
        {
            return null;
        }

        line = head[..offset].Count((byte)'\n') + 1;
        return nul >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"not text: a NUL byte at byte offset {offset} (binary data, or UTF-16 text); file skipped")
            : string.Create(CultureInfo.InvariantCulture,
                $"not text: control bytes make up {controls} of its first {head.Length} bytes, the first at byte offset {offset} (binary data?); file skipped");
    }

    private static bool IsControl(byte b) => b is (< 0x20 and not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B)) or 0x7F;
}
