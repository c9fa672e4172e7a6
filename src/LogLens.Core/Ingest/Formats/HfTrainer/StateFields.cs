using System.Text.Json;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.HfTrainer;

/// <summary>
/// The top-level trainer_state.json fields that are hyperparameters (TrainingArguments values the state repeats)
/// and how they become parameter text. Derived counters (global_step, max_steps, epoch, total_flos) and
/// best_model_checkpoint are not parameters: they differ between replicates and would split config groups.
/// </summary>
internal static class StateFields
{
    /// <summary>num_train_epochs is sys.maxsize when training is bounded by max_steps: not a real value.</summary>
    private const double MaxEpochs = int.MaxValue;

    private static readonly HashSet<string> Params = new(StringComparer.Ordinal)
    {
        "logging_steps", "eval_steps", "save_steps", "train_batch_size", "num_train_epochs",
    };

    public static bool IsParam(string name) => Params.Contains(name);

    /// <summary>Stores the scalar under the reader as a field; skips containers and nulls. False when the data ends.</summary>
    public static bool Read(ref Utf8JsonReader reader, string name, ParsedState state)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number or JsonTokenType.String when JsonValues.TryGetDouble(ref reader, out double value):
                if (name != "num_train_epochs" || Math.Abs(value) < MaxEpochs)
                {
                    state.Fields[name] = ParamText.Number(value);
                }

                return true;
            case JsonTokenType.String:
                state.Fields[name] = reader.GetString() ?? "";
                return true;
            case JsonTokenType.True or JsonTokenType.False:
                state.Fields[name] = ParamText.Bool(reader.GetBoolean());
                return true;
            default:
                return reader.TrySkip();
        }
    }
}
