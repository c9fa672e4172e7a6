using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.LlamaFactory;

/// <summary>
/// LLaMA-Factory's trainer_log.jsonl (LogCallback, one object per log call, appended): series at current_steps
/// under the logged names, old ("learning_rate", nulls kept) and new ("lr", nulls dropped) versions alike; eval
/// lines (eval_loss, no loss) and progress-only lines fit the same rule. A cut-off last line is LL002, a resume
/// (current_steps going back) one LL005.
/// </summary>
internal sealed class TrainerLogReader : IRunFileReader
{
    /// <summary>The file name.</summary>
    public const string FileName = "trainer_log.jsonl";

    /// <summary>The instance.</summary>
    public static readonly TrainerLogReader Default = new();

    private TrainerLogReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "llama-factory";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        var row = new TrainerLogRow(path, fragment);
        JsonLines.Read(path, fragment, row.Parse);
        row.Finish();
    }
}
