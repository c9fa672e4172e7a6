namespace LogLens.Core.Ingest.Formats.HfTrainer;

/// <summary>
/// A trainer_state.json as read: its top-level hyperparameter fields and its log history, stored flat (one list
/// of (key, value) cells, entries as ranges) so a 100k-entry history costs a few arrays, not 100k dictionaries.
/// </summary>
internal sealed class ParsedState
{
    private readonly Dictionary<string, int> keyIndex = new(StringComparer.Ordinal);

    /// <summary>Metric names in first-seen order.</summary>
    public List<string> Keys { get; } = [];

    /// <summary>Each complete entry's step and its range in <see cref="CellKeys"/>/<see cref="CellValues"/>.</summary>
    public List<(double Step, int Start, int Count)> Entries { get; } = [];

    public List<int> CellKeys { get; } = [];

    public List<double> CellValues { get; } = [];

    /// <summary>Top-level fields kept as parameters, as text (trial_params flattened as trial_params.key).</summary>
    public SortedDictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the closing brace of the top-level object was read.</summary>
    public bool Complete { get; set; }

    /// <summary>Log entries skipped because they had no numeric step.</summary>
    public int EntriesWithoutStep { get; set; }

    /// <summary>The index of a key, added on first use; <paramref name="name"/> is only turned into a string when new.</summary>
    public int KeyOf(ReadOnlySpan<char> name)
    {
        var lookup = keyIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(name, out int index))
        {
            string key = name.ToString();
            index = Keys.Count;
            Keys.Add(key);
            keyIndex.Add(key, index);
        }

        return index;
    }

}
