using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.Lightning;

/// <summary>
/// PyTorch Lightning CSVLogger runs (docs/formats.md): a <c>metrics.csv</c> in a <c>version_*</c> folder, or one whose
/// header has a <c>step</c> column beside an <c>hparams.yaml</c>; claims both files (hparams first). A TensorBoardLogger
/// version folder (hparams.yaml + tfevents, no metrics.csv) is left to the TensorBoard layout.
/// </summary>
internal sealed class LightningLayout : IRunLayout
{
    /// <summary>The instance.</summary>
    public static readonly LightningLayout Default = new();

    private const int MaxHeaderBytes = 1024 * 1024;

    private LightningLayout()
    {
    }

    /// <inheritdoc/>
    public string Format => LightningMetricsReader.Default.Format;

    /// <inheritdoc/>
    public IEnumerable<RunLocation> Find(FolderListing folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        string? metrics = folder.File("metrics.csv");
        if (metrics is null)
        {
            return [];
        }

        string? hparams = folder.File("hparams.yaml");
        bool version = Path.GetFileName(folder.Path).StartsWith("version_", StringComparison.Ordinal);
        if (!version && (hparams is null || !HasStepColumn(metrics)))
        {
            return [];
        }

        RunInput[] inputs = hparams is null
            ? [new RunInput(metrics, LightningMetricsReader.Default)]
            : [new RunInput(hparams, LightningHparamsReader.Default), new RunInput(metrics, LightningMetricsReader.Default)];
        return [RunLocation.Of(folder.Path, inputs)];
    }

    /// <summary>Peeks at the first line only; an unreadable file is not Lightning's (the generic reader reports it).</summary>
    private static bool HasStepColumn(string path)
    {
        try
        {
            using var lines = new Utf8LineReader(path, MaxHeaderBytes);
            if (!lines.TryReadLine(out ReadOnlySpan<byte> header) || lines.TooLong)
            {
                return false;
            }

            var fields = new CsvFields();
            fields.Split(header);
            for (int i = 0; i < fields.Count; i++)
            {
                if (fields.Text(header, i) == "step")
                {
                    return true;
                }
            }

            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
