namespace LogLens.Core.Ingest.Formats.HfTrainer;

/// <summary>File names of a Hugging Face Trainer output directory.</summary>
internal static class HfFiles
{
    public const string State = "trainer_state.json";
    public const string AllResults = "all_results.json";
    public const string ModelConfig = "config.json";
    public const string AdapterConfig = "adapter_config.json";
    public const string AdapterFolder = "adapter_model";
    public const string ModelCard = "README.md";

    /// <summary>The LLaMA-Factory log that, when beside the Trainer's files, already carries the shared series.</summary>
    public const string LlamaFactoryLog = "trainer_log.jsonl";

    /// <summary>{split}_results.json written by save_metrics: all_results, train_results, eval_results, predict_results...</summary>
    public static bool IsResults(string fileName) =>
        fileName.EndsWith("_results.json", StringComparison.Ordinal) && fileName.Length > "_results.json".Length;
}
