namespace LogLens.Core.Ingest.Formats.HfTrainer;

/// <summary>
/// What a cheap look at the head and tail of a trainer_state.json tells about the run that wrote it: enough to
/// tell checkpoints of one run (each log history a prefix of the next) from checkpoints of another run saved
/// into the same folder. Null fields were not found in the looked-at bytes.
/// </summary>
/// <param name="FirstEntry">The first log_history entry with whitespace removed, "" for an empty history.</param>
/// <param name="LoggingSteps">The logging_steps field.</param>
/// <param name="TrainBatchSize">The train_batch_size field.</param>
/// <param name="BestCheckpoint">The basename of best_model_checkpoint (the path may come from another machine).</param>
internal sealed record StateSignature(string? FirstEntry, long? LoggingSteps, long? TrainBatchSize, string? BestCheckpoint)
{
    /// <summary>The signature of a file that could not be looked at: compatible with anything.</summary>
    public static readonly StateSignature Unknown = new(null, null, null, null);

    /// <summary>False when a known field differs: the two files cannot come from one run.</summary>
    public bool CompatibleWith(StateSignature other) =>
        Same(FirstEntry is { Length: > 0 } ? FirstEntry : null, other.FirstEntry is { Length: > 0 } ? other.FirstEntry : null)
        && Same(LoggingSteps, other.LoggingSteps)
        && Same(TrainBatchSize, other.TrainBatchSize);

    private static bool Same<T>(T? a, T? b) => a is null || b is null || EqualityComparer<T>.Default.Equals(a, b);
}
