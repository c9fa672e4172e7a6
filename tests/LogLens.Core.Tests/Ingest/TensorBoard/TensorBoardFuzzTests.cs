using Google.Protobuf;
using LogLens.Core.Ingest;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Formats.TensorBoard;
using LogLens.Core.Ingest.Formats.TensorBoard.Proto;
using LogLens.Core.Model;
using WellKnown = Google.Protobuf.WellKnownTypes;

namespace LogLens.Core.Tests.Ingest.TensorBoard;

public sealed class TensorBoardFuzzTests
{
    private const string Broken = "broken/events.out.tfevents.1700000000.host.1.0";

    private static readonly Event[] Valid =
    [
        Events.Version(),
        Events.Text("args", """{"learning_rate": 5e-05, "seed": 42, "max_grad_norm": NaN}"""),
        Events.HParams(("lr", WellKnown.Value.ForNumber(0.01)), ("opt", WellKnown.Value.ForString("adam"))),
        Events.Scalars(1, ("train/loss", 2.5f), ("eval/loss", 2.7f)),
        Events.Tensor(2, "epoch_accuracy", Scalar(0.5f)),
        Events.Start(1),
        Events.Scalar(1, "train/loss", float.NaN),
        Events.Scalar(3, "train/loss", 1.5f),
    ];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int seed = 0; seed < 200; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Corrupt_event_files_never_throw_and_never_touch_the_healthy_sibling(int seed)
    {
        var random = new Random(seed);
        using var dir = new TempFolder();
        string path = dir.WriteBytes(Broken, Corrupt(random));
        dir.WriteBytes("healthy/events.out.tfevents.1700000000.host.2.0", EventFile.Bytes(Events.Version(), Events.Scalar(1, "loss", 0.5f), Events.Scalar(2, "loss", 0.25f)));

        var fragment = new RunFragment("broken", dir.Path);
        Assert.Null(Record.Exception(() => TensorBoardReader.Default.Read(path, fragment)));
        Assert.Null(Record.Exception(() => fragment.Build()));

        IngestResult result = dir.Ingest();
        Run healthy = result.Runs.Single(r => r.Id == "healthy");
        Assert.Equal([0.5, 0.25], healthy.FindSeries("loss")!.Values);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("broken/", d.Path, StringComparison.Ordinal));
    }

    private static byte[] Corrupt(Random random)
    {
        byte[] valid = EventFile.Bytes(Valid);
        switch (random.Next(5))
        {
            case 0:
                var noise = new byte[random.Next(1, 400)];
                random.NextBytes(noise);
                return noise;
            case 1:
                return valid[..random.Next(1, valid.Length)];
            case 2:
                byte[] flipped = (byte[])valid.Clone();
                for (int i = random.Next(1, 6); i > 0; i--)
                {
                    flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                }

                return flipped;
            default:
                // Damage the payloads but frame them with valid checksums: the protobuf parser and the event handling see garbage.
                return EventFile.Frame(Valid.Select(e => Mangle(e.ToByteArray(), random)));
        }
    }

    private static byte[] Mangle(byte[] payload, Random random)
    {
        var bytes = new List<byte>(payload);
        for (int i = random.Next(0, 4); i > 0 && bytes.Count > 0; i--)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(3))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.RemoveAt(at); break;
                default: bytes.Insert(at, (byte)random.Next(256)); break;
            }
        }

        return [.. bytes];
    }

    private static TensorProto Scalar(float value)
    {
        TensorProto tensor = Events.ScalarTensor(DataType.DtFloat);
        tensor.FloatVal.Add(value);
        return tensor;
    }
}
