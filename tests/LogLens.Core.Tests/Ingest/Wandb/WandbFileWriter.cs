using System.Buffers.Binary;
using System.IO.Hashing;
using Google.Protobuf;
using LogLens.Core.Ingest.Formats.Wandb.Proto;
using Record = LogLens.Core.Ingest.Formats.Wandb.Proto.Record;

namespace LogLens.Core.Tests.Ingest.Wandb;

/// <summary>
/// Writes .wandb files the way W&amp;B does: the 7-byte header, then LevelDB log blocks of 32 KiB (the first one
/// holding the header), records split into FIRST/MIDDLE/LAST chunks across block ends, trailers under 7 bytes zeroed.
/// </summary>
internal static class WandbFileWriter
{
    public const int BlockSize = 32 * 1024;

    public static byte[] Write(params Record[] records) => Frame(records.Select(r => r.ToByteArray()));

    public static byte[] Frame(IEnumerable<byte[]> payloads)
    {
        using var output = new MemoryStream();
        var header = new byte[7];
        output.Write([(byte)':', (byte)'W', (byte)'&', (byte)'B', 0xE1, 0xBE, 0]);
        foreach (byte[] payload in payloads)
        {
            int offset = 0;
            bool first = true;
            do
            {
                int left = BlockSize - (int)(output.Length % BlockSize);
                if (left < 7)
                {
                    output.Write(new byte[left]);
                    left = BlockSize;
                }

                int length = Math.Min(left - 7, payload.Length - offset);
                bool last = offset + length == payload.Length;
                byte type = first && last ? (byte)1 : first ? (byte)2 : last ? (byte)4 : (byte)3;
                byte[] typed = [type, .. payload.AsSpan(offset, length)];
                BinaryPrimitives.WriteUInt32LittleEndian(header, Crc32.HashToUInt32(typed));
                BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(4), (ushort)length);
                header[6] = type;
                output.Write(header);
                output.Write(typed.AsSpan(1));
                offset += length;
                first = false;
            }
            while (offset < payload.Length);
        }

        return output.ToArray();
    }

    /// <summary>A history row as wandb-core writes it: items under nested_key, _step among them, step.num set.</summary>
    public static Record History(long step, params (string Key, string Json)[] items)
    {
        var history = new HistoryRecord { Step = new HistoryStep { Num = step } };
        history.Item.Add(Item("_step", step.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        history.Item.AddRange(items.Select(i => Item(i.Key, i.Json)));
        return new Record { History = history };
    }

    public static Record Config(params (string Key, string Json)[] items)
    {
        var config = new ConfigRecord();
        config.Update.AddRange(items.Select(i => new ConfigItem { Key = i.Key, ValueJson = i.Json }));
        return new Record { Config = config };
    }

    public static Record Summary(params (string Key, string Json)[] items)
    {
        var summary = new SummaryRecord();
        summary.Update.AddRange(items.Select(i => new SummaryItem { NestedKey = { i.Key }, ValueJson = i.Json }));
        return new Record { Summary = summary };
    }

    public static Record Exit(int code = 0) => new() { Exit = new RunExitRecord { ExitCode = code, Runtime = 10 } };

    private static HistoryItem Item(string key, string json) => new() { NestedKey = { key }, ValueJson = json };
}
