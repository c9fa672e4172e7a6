using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.TensorBoard;

/// <summary>
/// The <c>hparams.yaml</c> Lightning's TensorBoardLogger writes beside its event files: read by <see cref="HparamsYaml"/>
/// (as a CSVLogger's is), recorded as part of the TensorBoard run (the folder is a TensorBoard log dir, not a CSVLogger run).
/// </summary>
internal sealed class LoggerHparamsReader : IRunFileReader
{
    /// <summary>The instance.</summary>
    public static readonly LoggerHparamsReader Default = new();

    private LoggerHparamsReader()
    {
    }

    /// <inheritdoc/>
    public string Format => TensorBoardReader.Default.Format;

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment) => HparamsYaml.Read(path, fragment);
}
