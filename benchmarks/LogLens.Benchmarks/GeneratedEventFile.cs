using System.Buffers.Binary;
using System.Numerics;
using Google.Protobuf;

namespace LogLens.Benchmarks;

/// <summary>
/// A deterministic large TensorBoard event file as PyTorch's SummaryWriter writes it: one Event per step holding
/// four float32 simple_value scalars, TFRecord-framed with masked CRC-32C. Written with Google.Protobuf's
/// CodedOutputStream (the reader's generated types are internal to LogLens.Core).
/// </summary>
public static class GeneratedEventFile
{
    private static readonly string[] Tags = ["train/loss", "train/learning_rate", "train/grad_norm", "eval/accuracy"];

    /// <summary>Writes events.out.tfevents.* of <paramref name="steps"/> events under <paramref name="folder"/> (once).</summary>
    public static string Write(string folder, int steps)
    {
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "events.out.tfevents.1700000000.bench.1.0");
        if (File.Exists(path))
        {
            return path;
        }

        var random = new Random(20240601);
        using var file = new BufferedStream(File.Create(path), 1 << 20);
        Frame(file, Message(o => { o.WriteTag(1, WireFormat.WireType.Fixed64); o.WriteDouble(1.7e9); o.WriteTag(3, WireFormat.WireType.LengthDelimited); o.WriteString("brain.Event:2"); }));
        for (int step = 1; step <= steps; step++)
        {
            float[] values = [(float)(0.8 + Math.Exp(-step / (steps / 5.0)) + (0.03 * random.NextDouble())), 3e-4f, (float)(1 + (0.2 * random.NextDouble())), (float)(0.7 * random.NextDouble())];
            byte[] summary = Message(o =>
            {
                for (int i = 0; i < Tags.Length; i++)
                {
                    o.WriteTag(1, WireFormat.WireType.LengthDelimited);
                    o.WriteBytes(ByteString.CopyFrom(Message(v => { v.WriteTag(1, WireFormat.WireType.LengthDelimited); v.WriteString(Tags[i]); v.WriteTag(2, WireFormat.WireType.Fixed32); v.WriteFloat(values[i]); })));
                }
            });
            Frame(file, Message(o =>
            {
                o.WriteTag(1, WireFormat.WireType.Fixed64);
                o.WriteDouble(1.7e9 + step);
                o.WriteTag(2, WireFormat.WireType.Varint);
                o.WriteInt64(step);
                o.WriteTag(5, WireFormat.WireType.LengthDelimited);
                o.WriteBytes(ByteString.CopyFrom(summary));
            }));
        }

        return path;
    }

    private static byte[] Message(Action<CodedOutputStream> write)
    {
        using var buffer = new MemoryStream();
        using (var output = new CodedOutputStream(buffer, leaveOpen: true))
        {
            write(output);
        }

        return buffer.ToArray();
    }

    private static void Frame(Stream file, byte[] data)
    {
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteUInt64LittleEndian(header, (ulong)data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], MaskedCrc(header[..8]));
        file.Write(header);
        file.Write(data);
        Span<byte> footer = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(footer, MaskedCrc(data));
        file.Write(footer);
    }

    private static uint MaskedCrc(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc = BitOperations.Crc32C(crc, b);
        }

        crc = ~crc;
        return unchecked(((crc >> 15) | (crc << 17)) + 0xA282EAD8);
    }
}
