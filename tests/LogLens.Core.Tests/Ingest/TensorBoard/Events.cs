using Google.Protobuf;
using LogLens.Core.Ingest.Formats.TensorBoard.Proto;
using WellKnown = Google.Protobuf.WellKnownTypes;

namespace LogLens.Core.Tests.Ingest.TensorBoard;

/// <summary>Event messages as the writers build them (PyTorch's SummaryWriter, TF2, the HF Trainer, add_hparams).</summary>
internal static class Events
{
    public static Event Version() => new() { WallTime = 1_700_000_000, FileVersion = "brain.Event:2" };

    /// <summary>PyTorch's add_scalar: a float32 simple_value.</summary>
    public static Event Scalar(long step, string tag, float value) => Summary(step, new Summary.Types.Value { Tag = tag, SimpleValue = value });

    /// <summary>Several scalars in one event, as Keras and PyTorch's add_scalars do.</summary>
    public static Event Scalars(long step, params (string Tag, float Value)[] values)
    {
        var summary = new Summary();
        summary.Value.AddRange(values.Select(v => new Summary.Types.Value { Tag = v.Tag, SimpleValue = v.Value }));
        return new Event { Step = step, WallTime = 1_700_000_000 + step, Summary = summary };
    }

    /// <summary>TF2's tf.summary.scalar: a scalar tensor with the "scalars" plugin.</summary>
    public static Event Tensor(long step, string tag, TensorProto tensor, string plugin = "scalars") => Summary(step, new Summary.Types.Value
    {
        Tag = tag,
        Tensor = tensor,
        Metadata = plugin.Length == 0 ? null : new SummaryMetadata { PluginData = new SummaryMetadata.Types.PluginData { PluginName = plugin } },
    });

    /// <summary>add_text(tag, text): tag + "/text_summary", the "text" plugin, a one-string DT_STRING tensor.</summary>
    public static Event Text(string tag, string text)
    {
        var tensor = new TensorProto { Dtype = DataType.DtString, TensorShape = new TensorShapeProto { Dim = { new TensorShapeProto.Types.Dim { Size = 1 } } } };
        tensor.StringVal.Add(ByteString.CopyFromUtf8(text));
        return Tensor(0, tag + "/text_summary", tensor, "text");
    }

    /// <summary>add_hparams's session start info: the hparams map serialized into the plugin content.</summary>
    public static Event HParams(params (string Key, WellKnown.Value Value)[] hparams)
    {
        var start = new SessionStartInfo();
        foreach ((string key, WellKnown.Value value) in hparams)
        {
            start.Hparams.Add(key, value);
        }

        var metadata = new SummaryMetadata
        {
            PluginData = new SummaryMetadata.Types.PluginData
            {
                PluginName = "hparams",
                Content = new HParamsPluginData { Version = 0, SessionStartInfo = start }.ToByteString(),
            },
        };
        return Summary(0, new Summary.Types.Value { Tag = "_hparams_/session_start_info", Metadata = metadata });
    }

    public static Event Start(long step) => new() { Step = step, SessionLog = new SessionLog { Status = SessionLog.Types.SessionStatus.Start } };

    public static TensorProto ScalarTensor(DataType type) => new() { Dtype = type, TensorShape = new TensorShapeProto() };

    private static Event Summary(long step, Summary.Types.Value value) =>
        new() { Step = step, WallTime = 1_700_000_000 + step, Summary = new Summary { Value = { value } } };
}
