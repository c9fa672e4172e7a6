using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.Lightning;

/// <summary>A CSVLogger run's <c>hparams.yaml</c>, read by <see cref="HparamsYaml"/>.</summary>
internal sealed class LightningHparamsReader : IRunFileReader
{
    /// <summary>The instance.</summary>
    public static readonly LightningHparamsReader Default = new();

    private LightningHparamsReader()
    {
    }

    /// <inheritdoc/>
    public string Format => LightningMetricsReader.Default.Format;

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment) => HparamsYaml.Read(path, fragment);
}
