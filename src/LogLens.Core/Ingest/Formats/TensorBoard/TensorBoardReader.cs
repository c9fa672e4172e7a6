using System.Globalization;

namespace LogLens.Core.Ingest.Formats.TensorBoard;

/// <summary>
/// A TensorBoard event file (<c>events.out.tfevents.*</c>, docs/formats.md): TFRecord-framed <c>Event</c> protos.
/// Scalars become series named by tag, the HF Trainer's <c>args/text_summary</c> and hparams session start info
/// become parameters. Reading stops at the first truncated (LL002: still being written) or damaged (LL001)
/// record, keeping everything before it; the diagnostic names the byte offset.
/// </summary>
internal sealed class TensorBoardReader : IBinaryFileReader
{
    /// <summary>The instance for event files whose tags are the metric names.</summary>
    public static readonly TensorBoardReader Default = new("");

    /// <summary>Keras's <c>train/</c> subfolder: tags get a <c>train/</c> prefix unless they have it.</summary>
    internal static readonly TensorBoardReader KerasTrain = new("train/");

    /// <summary>Keras's <c>validation/</c> subfolder: tags get a <c>validation/</c> prefix unless they have it.</summary>
    internal static readonly TensorBoardReader KerasValidation = new("validation/");

    private TensorBoardReader(string prefix) => Prefix = prefix;

    /// <summary>Put before every tag that does not already start with it ("" for none).</summary>
    public string Prefix { get; }

    /// <inheritdoc/>
    public string Format => "tensorboard";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        using var file = new TfRecordFile(path);
        var sink = new EventFileSink(path, fragment, Prefix);
        while (true)
        {
            switch (file.Next(out ReadOnlySpan<byte> record))
            {
                case TfRecordStatus.Record:
                    sink.Add(record, file.Offset);
                    break;
                case TfRecordStatus.Truncated:
                    fragment.Report(IngestCodes.PartialFile, path, null, string.Create(CultureInfo.InvariantCulture,
                        $"last record at byte offset {file.Offset} is incomplete ({file.Problem}; still being written?); read the "
                        + $"{file.Records} records before it"));
                    return;
                case TfRecordStatus.Corrupt:
                    fragment.Report(IngestCodes.UnreadableFile, path, null, string.Create(CultureInfo.InvariantCulture,
                        $"damaged record at byte offset {file.Offset} ({file.Problem}); stopped reading there, the {file.Records} records before it are kept"));
                    return;
                default:
                    return;
            }
        }
    }
}
