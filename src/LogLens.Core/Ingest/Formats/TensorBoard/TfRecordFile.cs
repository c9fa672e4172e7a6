using System.Buffers.Binary;
using System.Globalization;

namespace LogLens.Core.Ingest.Formats.TensorBoard;

/// <summary>
/// Streams the records of a TFRecord file (docs/formats.md): <c>uint64 length | uint32 masked_crc32c(length) |
/// data[length] | uint32 masked_crc32c(data)</c>, little-endian. Like TensorBoard it stops at the first short
/// or damaged record rather than guessing where the next one starts; <see cref="Offset"/> says where.
/// </summary>
internal sealed class TfRecordFile : IDisposable
{
    /// <summary>Records larger than this are treated as a damaged length field.</summary>
    public const long MaxRecordBytes = 1L << 30;

    private const int HeaderBytes = 12;
    private const int FooterBytes = 4;

    private readonly FileStream stream;
    private byte[] buffer = new byte[64 * 1024];
    private long bufferOffset;
    private int start;
    private int end;
    private bool eof;

    public TfRecordFile(string path) =>
        stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);

    /// <summary>The byte offset of the record last returned, or of the one that ended the file.</summary>
    public long Offset { get; private set; }

    /// <summary>How many complete records were returned.</summary>
    public long Records { get; private set; }

    /// <summary>Why the last <see cref="TfRecordStatus.Truncated"/> or <see cref="TfRecordStatus.Corrupt"/> was returned.</summary>
    public string Problem { get; private set; } = "";

    /// <summary>Reads the next record; <paramref name="data"/> is valid until the next call.</summary>
    public TfRecordStatus Next(out ReadOnlySpan<byte> data)
    {
        data = default;
        Offset = bufferOffset + start;
        if (!Ensure(HeaderBytes))
        {
            return end == start ? TfRecordStatus.End : Fail(TfRecordStatus.Truncated, $"{end - start} of the 12 header bytes present");
        }

        ReadOnlySpan<byte> header = buffer.AsSpan(start, HeaderBytes);
        ulong length = BinaryPrimitives.ReadUInt64LittleEndian(header);
        if (MaskedCrc32C.Masked(header[..8]) != BinaryPrimitives.ReadUInt32LittleEndian(header[8..]))
        {
            return Fail(TfRecordStatus.Corrupt, $"length checksum mismatch");
        }

        if (length > MaxRecordBytes)
        {
            return Fail(TfRecordStatus.Corrupt, $"record length {length} is implausible");
        }

        int total = HeaderBytes + (int)length + FooterBytes;
        if (total > buffer.Length - start && Offset + total > stream.Length)
        {
            return Fail(TfRecordStatus.Truncated, $"{stream.Length - Offset} of {total} bytes present");
        }

        if (!Ensure(total))
        {
            return Fail(TfRecordStatus.Truncated, $"{end - start} of {total} bytes present");
        }

        ReadOnlySpan<byte> record = buffer.AsSpan(start + HeaderBytes, (int)length);
        if (MaskedCrc32C.Masked(record) != BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(start + HeaderBytes + (int)length)))
        {
            return Fail(TfRecordStatus.Corrupt, $"data checksum mismatch");
        }

        start += total;
        Records++;
        data = record;
        return TfRecordStatus.Record;
    }

    public void Dispose() => stream.Dispose();

    private TfRecordStatus Fail(TfRecordStatus status, FormattableString problem)
    {
        Problem = problem.ToString(CultureInfo.InvariantCulture);
        return status;
    }

    /// <summary>Makes at least <paramref name="count"/> bytes available from <see cref="start"/>; false at end of file.</summary>
    private bool Ensure(int count)
    {
        while (end - start < count)
        {
            if (eof)
            {
                return false;
            }

            if (start > 0)
            {
                buffer.AsSpan(start, end - start).CopyTo(buffer);
                bufferOffset += start;
                end -= start;
                start = 0;
            }

            if (count > buffer.Length)
            {
                Array.Resize(ref buffer, Math.Max(count, buffer.Length * 2));
            }

            int read = stream.Read(buffer, end, buffer.Length - end);
            eof = read == 0;
            end += read;
        }

        return true;
    }
}
