using System.Buffers.Binary;
using Google.Protobuf;
using LogLens.Core.Ingest.Formats.TensorBoard.Proto;

namespace LogLens.Core.Tests.Ingest.TensorBoard;

/// <summary>
/// Writes TFRecord event files from Event messages, with the masked CRC-32C computed by a bitwise reference
/// implementation (independent of the reader's), so tests can build, then corrupt or truncate, real-shaped files.
/// </summary>
internal static class EventFile
{
    public static byte[] Bytes(params IEnumerable<Event> events) => Frame(events.Select(e => e.ToByteArray()));

    /// <summary>Frames raw record payloads (valid checksums whatever the payload).</summary>
    public static byte[] Frame(IEnumerable<byte[]> records)
    {
        var output = new MemoryStream();
        foreach (byte[] data in records)
        {
            var length = new byte[8];
            BinaryPrimitives.WriteUInt64LittleEndian(length, (ulong)data.Length);
            output.Write(length);
            output.Write(UInt32(MaskedCrc(length)));
            output.Write(data);
            output.Write(UInt32(MaskedCrc(data)));
        }

        return output.ToArray();
    }

    /// <summary>Bitwise CRC-32C (reflected polynomial 0x82F63B78), masked as TFRecord does.</summary>
    public static uint MaskedCrc(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0x82F63B78 : crc >> 1;
            }
        }

        crc = ~crc;
        return unchecked(((crc >> 15) | (crc << 17)) + 0xA282EAD8);
    }

    private static byte[] UInt32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }
}
