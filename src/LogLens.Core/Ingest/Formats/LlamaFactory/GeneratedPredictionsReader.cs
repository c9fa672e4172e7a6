using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.LlamaFactory;

/// <summary>LLaMA-Factory's generated_predictions.jsonl (do_predict): one sample per line, see <see cref="PredictionRow"/>.</summary>
internal sealed class GeneratedPredictionsReader : IRunFileReader
{
    /// <summary>The file name.</summary>
    public const string FileName = "generated_predictions.jsonl";

    /// <summary>The instance.</summary>
    public static readonly GeneratedPredictionsReader Default = new();

    private GeneratedPredictionsReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "llama-factory";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        var row = new PredictionRow(path, fragment);
        JsonLines.Read(path, fragment, row.Parse);
        row.Finish();
    }
}
