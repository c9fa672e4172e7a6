using System.Buffers.Binary;
using Google.Protobuf;
using LogLens.Core.Ingest;
using LogLens.Core.Ingest.Formats.TensorBoard;
using LogLens.Core.Ingest.Formats.TensorBoard.Proto;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.TensorBoard;

public sealed class TensorBoardScalarTests
{
    internal static IngestResult Ingest(TempFolder dir, params Event[] events)
    {
        dir.WriteBytes("run/events.out.tfevents.1700000000.host.1.0", EventFile.Bytes([Events.Version(), .. events]));
        return dir.Ingest();
    }

    [Theory]
    [InlineData("123456789", 0xE3069283u)]
    [InlineData("a", 0xC1D04330u)]
    [InlineData("", 0x00000000u)]
    public void The_checksum_is_crc32c(string text, uint expected) =>
        Assert.Equal(expected, MaskedCrc32C.Crc(System.Text.Encoding.ASCII.GetBytes(text)));

    [Fact]
    public void The_masked_checksum_matches_the_reference_implementation_for_every_length()
    {
        byte[] data = [.. Enumerable.Range(0, 40).Select(i => (byte)(i * 37 + 11))];
        for (int n = 0; n <= data.Length; n++)
        {
            Assert.Equal(EventFile.MaskedCrc(data.AsSpan(0, n)), MaskedCrc32C.Masked(data.AsSpan(0, n)));
        }
    }

    [Fact]
    public void A_simple_value_is_read_as_its_float32_value()
    {
        using var dir = new TempFolder();
        Run run = Ingest(dir, Events.Scalar(1, "train/loss", 0.1f), Events.Scalar(2, "train/loss", 0.05f)).Runs.Single();
        Assert.Equal(["tensorboard"], run.Formats.ToArray());
        MetricSeries loss = run.FindSeries("train/loss")!;
        Assert.Equal([1.0, 2.0], loss.Steps);
        Assert.Equal([(double)0.1f, (double)0.05f], loss.Values);
        Assert.Equal(0.10000000149011612, loss.Values[0]);
    }

    private static readonly Dictionary<string, (Func<TensorProto> Tensor, double Expected)> Encodings = new()
    {
        ["float_val"] = (() => With(DataType.DtFloat, t => t.FloatVal.Add(0.25f)), 0.25),
        ["double_val"] = (() => With(DataType.DtDouble, t => t.DoubleVal.Add(0.1)), 0.1),
        ["int_val"] = (() => With(DataType.DtInt32, t => t.IntVal.Add(-7)), -7),
        ["int64_val"] = (() => With(DataType.DtInt64, t => t.Int64Val.Add(1L << 40)), 1L << 40),
        ["half_val"] = (() => With(DataType.DtHalf, t => t.HalfVal.Add(BitConverter.HalfToUInt16Bits((Half)1.5))), 1.5),
        ["bfloat16 half_val"] = (() => With(DataType.DtBfloat16, t => t.HalfVal.Add(0x3FC0)), 1.5),
        ["bool_val"] = (() => With(DataType.DtBool, t => t.BoolVal.Add(true)), 1),
        ["float content"] = (() => Content(DataType.DtFloat, b => BinaryPrimitives.WriteSingleLittleEndian(b, 2.5f), 4), 2.5),
        ["double content"] = (() => Content(DataType.DtDouble, b => BinaryPrimitives.WriteDoubleLittleEndian(b, 0.3), 8), 0.3),
        ["int64 content"] = (() => Content(DataType.DtInt64, b => BinaryPrimitives.WriteInt64LittleEndian(b, -3), 8), -3),
        ["half content"] = (() => Content(DataType.DtHalf, b => BinaryPrimitives.WriteHalfLittleEndian(b, (Half)0.5), 2), 0.5),
        ["one-element vector"] = (() => With(DataType.DtFloat, t => { t.TensorShape.Dim.Add(new TensorShapeProto.Types.Dim { Size = 1 }); t.FloatVal.Add(4f); }), 4),
    };

    public static TheoryData<string> Tensors() => [.. Encodings.Keys];

    [Theory]
    [MemberData(nameof(Tensors))]
    public void A_scalar_tensor_is_read_in_every_encoding(string encoding)
    {
        using var dir = new TempFolder();
        (Func<TensorProto> tensor, double expected) = Encodings[encoding];
        Run run = Ingest(dir, Events.Tensor(3, "epoch_loss", tensor())).Runs.Single();
        Assert.Equal([expected], run.FindSeries("epoch_loss")!.Values);
    }

    [Fact]
    public void Nan_and_infinity_are_kept_as_values()
    {
        using var dir = new TempFolder();
        Run run = Ingest(dir, Events.Scalar(1, "loss", float.NaN), Events.Scalar(2, "loss", float.PositiveInfinity), Events.Scalar(3, "loss", float.NegativeInfinity)).Runs.Single();
        Assert.Equal([double.NaN, double.PositiveInfinity, double.NegativeInfinity], run.FindSeries("loss")!.Values);
    }

    [Fact]
    public void A_scalars_plugin_tensor_of_the_wrong_type_is_reported_and_the_other_values_kept()
    {
        using var dir = new TempFolder();
        TensorProto text = With(DataType.DtString, t => t.StringVal.Add(ByteString.CopyFromUtf8("0.5")));
        var result = Ingest(dir, Events.Scalar(1, "loss", 0.5f), Events.Tensor(2, "acc", text), Events.Scalar(2, "loss", 0.25f));
        Assert.Equal([0.5, 0.25], result.Runs.Single().FindSeries("loss")!.Values);
        Assert.Null(result.Runs.Single().FindSeries("acc"));
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL001", "run/events.out.tfevents.1700000000.host.1.0"), (d.Code, d.Path));
        Assert.Contains("'acc' at step 2", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tensors_of_other_plugins_and_multi_value_tensors_are_not_series()
    {
        using var dir = new TempFolder();
        TensorProto histogram = With(DataType.DtDouble, t => { t.TensorShape.Dim.Add(new TensorShapeProto.Types.Dim { Size = 3 }); t.DoubleVal.Add([1, 2, 3]); });
        var result = Ingest(dir, Events.Tensor(1, "weights", histogram, "histograms"), Events.Tensor(1, "raw", histogram, ""), Events.Text("notes", "hello"), Events.Scalar(1, "loss", 1));
        Assert.Equal(["loss"], result.Runs.Single().Series.Select(s => s.Name));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_tag_whose_plugin_was_given_on_its_first_value_only_keeps_that_plugin()
    {
        using var dir = new TempFolder();
        TensorProto text = With(DataType.DtString, t => t.StringVal.Add(ByteString.CopyFromUtf8("x")));
        var result = Ingest(dir, Events.Tensor(1, "images", text, "images"), Events.Tensor(2, "images", text, ""));
        Assert.Empty(result.Runs.Single().Series);
        Assert.Empty(result.Diagnostics);
    }

    private static TensorProto With(DataType type, Action<TensorProto> fill)
    {
        TensorProto tensor = Events.ScalarTensor(type);
        fill(tensor);
        return tensor;
    }

    private static TensorProto Content(DataType type, Action<byte[]> write, int size)
    {
        var bytes = new byte[size];
        write(bytes);
        return With(type, t => t.TensorContent = ByteString.CopyFrom(bytes));
    }
}
