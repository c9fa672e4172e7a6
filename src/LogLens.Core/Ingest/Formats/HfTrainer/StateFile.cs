namespace LogLens.Core.Ingest.Formats.HfTrainer;

/// <summary>One trainer_state.json of an output directory: the root one or a checkpoint's.</summary>
/// <param name="Path">Full path of the file.</param>
/// <param name="Checkpoint">The checkpoint-N folder holding it, or null for the output directory's own file.</param>
/// <param name="Number">N of checkpoint-N; <see cref="long.MaxValue"/> for the root file (written last, by save_state).</param>
/// <param name="Signature">What a peek at the file says about its run.</param>
internal sealed record StateFile(string Path, string? Checkpoint, long Number, StateSignature Signature)
{
    /// <summary>The checkpoint folder's name, or "trainer_state.json" for the root file.</summary>
    public string Name => Checkpoint is null ? "trainer_state.json" : System.IO.Path.GetFileName(Checkpoint);
}
