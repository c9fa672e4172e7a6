using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.HfTrainer;

/// <summary>
/// The model card README.md the Trainer writes (create_model_card): its "Training hyperparameters" list of
/// <c>- key: value</c> lines becomes parameters under the same names (learning_rate, train_batch_size, seed,
/// optimizer, num_epochs...); numbers in Python's form are normalised like the other readers.
/// </summary>
internal sealed class ModelCardReader : IRunFileReader
{
    /// <summary>The heading that opens the list.</summary>
    public const string Heading = "Training hyperparameters";

    /// <summary>The instance.</summary>
    public static readonly ModelCardReader Default = new();

    private ModelCardReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "hf-trainer";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        bool inSection = false;
        foreach (string raw in File.ReadLines(path))
        {
            string line = raw.Trim();
            if (line.StartsWith('#'))
            {
                inSection = line.TrimStart('#').Trim().StartsWith(Heading, StringComparison.OrdinalIgnoreCase);
                continue;
            }

            if (!inSection || line.Length < 2 || line[0] is not ('-' or '*'))
            {
                continue;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            string key = colon > 1 ? line[1..colon].Trim() : "";
            if (key.Length == 0)
            {
                continue;
            }

            string value = line[(colon + 1)..].Trim();
            fragment.SetParam(key, FloatText.TryParse(value, out double number) ? ParamText.Number(number) : value);
        }
    }
}
