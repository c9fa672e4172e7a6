using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.LlamaFactory;

/// <summary>
/// A LLaMA-Factory output directory: trainer_log.jsonl whose first line has current_steps and total_steps, or
/// beside training_args.yaml / llamaboard_config.yaml (or a llamaboard_config.yaml alone). The run reads the
/// YAML arguments (also a user's training config kept in the folder: a YAML with model_name_or_path and
/// stage or finetuning_type), the log and generated_predictions.jsonl. It keeps the folder's id, so the HF
/// Trainer files in the same folder (trainer_state.json, *_results.json, adapter_config.json) join it.
/// </summary>
internal sealed class LlamaFactoryLayout : IRunLayout
{
    /// <summary>The instance.</summary>
    public static readonly LlamaFactoryLayout Default = new();

    private const int PeekBytes = 16 * 1024;

    private LlamaFactoryLayout()
    {
    }

    /// <inheritdoc/>
    public string Format => "llama-factory";

    /// <inheritdoc/>
    public IEnumerable<RunLocation> Find(FolderListing folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        string? log = folder.File(TrainerLogReader.FileName);
        string? args = folder.File("training_args.yaml");
        string? board = folder.File("llamaboard_config.yaml");
        bool isRun = board is not null || (log is not null && (args is not null || FirstLineHasProgress(log)));
        if (!isRun)
        {
            return [];
        }

        var inputs = new List<RunInput>();
        inputs.AddRange(folder.Files.Where(f => f != args && f != board && IsTrainingConfig(f)).Select(f => new RunInput(f, LlamaFactoryYamlReader.Default)));
        inputs.AddRange(new[] { args, board }.OfType<string>().Select(f => new RunInput(f, LlamaFactoryYamlReader.Default)));
        if (log is not null)
        {
            inputs.Add(new RunInput(log, TrainerLogReader.Default));
        }

        if (folder.File(GeneratedPredictionsReader.FileName) is string predictions)
        {
            inputs.Add(new RunInput(predictions, GeneratedPredictionsReader.Default));
        }

        return [RunLocation.Of(folder.Path, inputs)];
    }

    private static bool FirstLineHasProgress(string path)
    {
        string head = FilePeek.Head(path, PeekBytes);
        int newline = head.IndexOf('\n', StringComparison.Ordinal);
        string first = newline >= 0 ? head[..newline] : head;
        return first.Contains("\"current_steps\"", StringComparison.Ordinal) && first.Contains("\"total_steps\"", StringComparison.Ordinal);
    }

    /// <summary>A YAML whose top-level keys name a model and a LLaMA-Factory stage or finetuning type.</summary>
    private static bool IsTrainingConfig(string path)
    {
        string name = Path.GetFileName(path);
        if (!name.EndsWith(".yaml", StringComparison.Ordinal) && !name.EndsWith(".yml", StringComparison.Ordinal))
        {
            return false;
        }

        string[] lines = FilePeek.Head(path, PeekBytes).Split('\n');
        return lines.Any(l => l.StartsWith("model_name_or_path:", StringComparison.Ordinal))
            && lines.Any(l => l.StartsWith("stage:", StringComparison.Ordinal) || l.StartsWith("finetuning_type:", StringComparison.Ordinal));
    }
}
