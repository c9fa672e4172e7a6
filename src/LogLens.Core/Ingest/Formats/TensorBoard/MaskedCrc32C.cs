using System.Buffers.Binary;
using System.Numerics;

namespace LogLens.Core.Ingest.Formats.TensorBoard;

/// <summary>
/// TFRecord's checksum: CRC-32C (Castagnoli, hardware-accelerated through <see cref="BitOperations.Crc32C(uint, ulong)"/>)
/// masked as TensorFlow does, so a CRC stored inside checksummed data does not checksum to itself.
/// </summary>
internal static class MaskedCrc32C
{
    private const uint MaskDelta = 0xA282EAD8;

    /// <summary>The plain CRC-32C of <paramref name="data"/> (start 0xFFFFFFFF, inverted at the end).</summary>
    public static uint Crc(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFF;
        while (data.Length >= 8)
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[8..];
        }

        if (data.Length >= 4)
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt32LittleEndian(data));
            data = data[4..];
        }

        foreach (byte b in data)
        {
            crc = BitOperations.Crc32C(crc, b);
        }

        return ~crc;
    }

    /// <summary>The masked CRC-32C TFRecord stores: <c>((crc &gt;&gt; 15) | (crc &lt;&lt; 17)) + 0xA282EAD8</c>.</summary>
    public static uint Masked(ReadOnlySpan<byte> data)
    {
        uint crc = Crc(data);
        return unchecked(((crc >> 15) | (crc << 17)) + MaskDelta);
    }
}
