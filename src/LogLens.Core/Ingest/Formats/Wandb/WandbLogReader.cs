using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;

namespace LogLens.Core.Ingest.Formats.Wandb;

/// <summary>
/// Reads the records of a run-&lt;id&gt;.wandb file: a 7-byte header, then the LevelDB log format in 32 KiB blocks
/// (chunks FULL/FIRST/MIDDLE/LAST, each with a plain CRC-32 over its type byte and payload). A chunk that fails
/// its checksum or is garbled is reported and reading resumes at the next block, as LevelDB does; a short tail
/// (a run still being written) ends the reading with <see cref="Truncated"/> set.
/// </summary>
internal sealed class WandbLogReader
{
    public const int BlockSize = 32 * 1024;
    public const int ChunkHeaderSize = 7;
    public const int FileHeaderSize = 7;

    private readonly Stream stream;
    private readonly Action<string, long, string> report;
    private readonly byte[] block = new byte[BlockSize];
    private byte[] assembled = new byte[4096];
    private int assembledLength;
    private long assembledOffset = -1;
    private int blockLength;
    private int position;
    private long blockStart = -BlockSize;
    private bool ended;
    private bool skipping;

    /// <param name="stream">The file, positioned at its start.</param>
    /// <param name="report">Receives (code, byte offset, message) for every problem found.</param>
    public WandbLogReader(Stream stream, Action<string, long, string> report)
    {
        this.stream = stream;
        this.report = report;
    }

    /// <summary>True when the file ends inside a record (a short chunk or a record without its LAST chunk).</summary>
    public bool Truncated { get; private set; }

    /// <summary>True when the header was absent or wrong: nothing was read.</summary>
    public bool NotWandb { get; private set; }

    /// <summary>The next record's payload (valid until the next call) and the offset of its first chunk.</summary>
    public bool TryRead(out ReadOnlySpan<byte> payload, out long offset)
    {
        payload = default;
        offset = 0;
        while (!ended)
        {
            if (BlockSize - position < ChunkHeaderSize || position >= blockLength)
            {
                if (!NextBlock())
                {
                    return false;
                }

                continue;
            }

            long chunkOffset = blockStart + position;
            if (blockLength - position < ChunkHeaderSize)
            {
                return End($"file ends inside a chunk header at byte offset {chunkOffset}");
            }

            ReadOnlySpan<byte> header = block.AsSpan(position, ChunkHeaderSize);
            uint checksum = BinaryPrimitives.ReadUInt32LittleEndian(header);
            int length = BinaryPrimitives.ReadUInt16LittleEndian(header[4..]);
            byte type = header[6];
            if (checksum == 0 && length == 0 && type == 0)
            {
                position = BlockSize; // zero padding (preallocated or flushed space): nothing more in this block
                continue;
            }

            if (position + ChunkHeaderSize + length > BlockSize || type is 0 or > 4)
            {
                Corrupt(chunkOffset, $"garbled chunk header (type {type}, length {length})");
                continue;
            }

            if (position + ChunkHeaderSize + length > blockLength)
            {
                return End($"file ends inside a chunk at byte offset {chunkOffset}");
            }

            ReadOnlySpan<byte> data = block.AsSpan(position + ChunkHeaderSize, length);
            if (Crc32.HashToUInt32(block.AsSpan(position + ChunkHeaderSize - 1, length + 1)) != checksum)
            {
                Corrupt(chunkOffset, "chunk fails its CRC-32 check");
                continue;
            }

            position += ChunkHeaderSize + length;
            if (Accept(type, data, chunkOffset, out payload, out offset))
            {
                return true;
            }
        }

        return false;
    }

    private bool Accept(byte type, ReadOnlySpan<byte> data, long chunkOffset, out ReadOnlySpan<byte> payload, out long offset)
    {
        payload = default;
        offset = chunkOffset;
        if (type is 1 or 2 && assembledOffset >= 0)
        {
            report(IngestCodes.UnreadableFile, assembledOffset, $"record starting at byte offset {assembledOffset} has no LAST chunk; dropped");
            assembledOffset = -1;
        }

        skipping &= type is 3 or 4;
        switch (type)
        {
            case 1:
                payload = data;
                return true;
            case 2:
                assembledLength = 0;
                assembledOffset = chunkOffset;
                Append(data);
                return false;
            default:
                if (assembledOffset < 0)
                {
                    if (skipping)
                    {
                        return false; // the rest of a record whose start was in a skipped, damaged block
                    }

                    report(IngestCodes.UnreadableFile, chunkOffset,
                        $"{(type == 3 ? "MIDDLE" : "LAST")} chunk at byte offset {chunkOffset} without its FIRST chunk; skipped");
                    return false;
                }

                Append(data);
                if (type == 3)
                {
                    return false;
                }

                payload = assembled.AsSpan(0, assembledLength);
                offset = assembledOffset;
                assembledOffset = -1;
                return true;
        }
    }

    private void Append(ReadOnlySpan<byte> data)
    {
        if (assembledLength + data.Length > assembled.Length)
        {
            Array.Resize(ref assembled, Math.Max(assembled.Length * 2, assembledLength + data.Length));
        }

        data.CopyTo(assembled.AsSpan(assembledLength));
        assembledLength += data.Length;
    }

    private void Corrupt(long chunkOffset, string what)
    {
        long next = blockStart + BlockSize;
        string dropped = assembledOffset >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"; the record started at byte offset {assembledOffset} is dropped") : "";
        report(IngestCodes.UnreadableFile, chunkOffset,
            string.Create(CultureInfo.InvariantCulture, $"{what} at byte offset {chunkOffset}; skipped to the next block at byte offset {next}{dropped}"));
        assembledOffset = -1;
        position = BlockSize;
        skipping = true;
    }

    private bool End(string message)
    {
        ended = true;
        Truncated = true;
        report(IngestCodes.PartialFile, blockStart + position, message + " (run still being written?); records before it kept");
        return false;
    }

    private bool NextBlock()
    {
        blockStart += BlockSize;
        blockLength = stream.ReadAtLeast(block, BlockSize, throwOnEndOfStream: false);
        position = 0;
        if (blockStart == 0 && !CheckHeader())
        {
            ended = true;
            return false;
        }

        if (blockLength > position)
        {
            return true;
        }

        ended = true;
        if (assembledOffset >= 0)
        {
            Truncated = true;
            report(IngestCodes.PartialFile, assembledOffset,
                $"file ends inside the record starting at byte offset {assembledOffset} (run still being written?); records before it kept");
        }

        return false;
    }

    private bool CheckHeader()
    {
        ReadOnlySpan<byte> expected = [(byte)':', (byte)'W', (byte)'&', (byte)'B', 0xE1, 0xBE, 0];
        ReadOnlySpan<byte> start = block.AsSpan(0, Math.Min(blockLength, FileHeaderSize));
        if (start.Length < FileHeaderSize && expected.StartsWith(start))
        {
            Truncated = true;
            report(IngestCodes.PartialFile, 0, "file ends inside its 7-byte header (run just starting?); nothing read");
            return false;
        }

        if (start.Length < FileHeaderSize || !start[..6].SequenceEqual(expected[..6]))
        {
            NotWandb = true;
            report(IngestCodes.UnreadableFile, 0, "no ':W&B' header: not a W&B run file; file skipped");
            return false;
        }

        if (start[6] != 0)
        {
            NotWandb = true;
            report(IngestCodes.UnreadableFile, 0, string.Create(CultureInfo.InvariantCulture, $"unsupported .wandb format version {start[6]}; file skipped"));
            return false;
        }

        position = FileHeaderSize;
        return true;
    }
}
