using System.Collections.Immutable;

namespace LogLens.Core.Ingest.Formats;

/// <summary>
/// A run a layout found. Its id is <see cref="Folder"/> relative to the analysed root, followed by
/// <see cref="Suffix"/>; locations with the same id (several formats in one folder, e.g. HF Trainer +
/// TensorBoard + LLaMA-Factory) are joined into one run, inputs in layout order.
/// </summary>
/// <param name="Folder">The folder that names the run (full path); for a file holding many runs (an MLflow SQLite store), that file.</param>
/// <param name="Suffix">Appended to the id to tell apart several runs in one folder (e.g. "@checkpoint-1689"); usually "".</param>
/// <param name="Inputs">What to read, in order (a later input overwrites an earlier one's parameter of the same key).</param>
/// <param name="ClaimedFolders">Subfolders the run owns (e.g. checkpoint-N, metrics/): not walked further, hidden from later layouts.</param>
/// <remarks>A location without inputs is not a run: it only claims its folders and reports its <see cref="Notices"/>.</remarks>
internal sealed record RunLocation(string Folder, string Suffix, ImmutableArray<RunInput> Inputs, ImmutableArray<string> ClaimedFolders)
{
    /// <summary>Diagnostics reported at discovery, whether or not this is a run.</summary>
    public ImmutableArray<LayoutNotice> Notices { get; init; } = [];

    /// <summary>A run made of files directly in <paramref name="folder"/>, claiming no subfolder.</summary>
    public static RunLocation Of(string folder, IEnumerable<RunInput> inputs) => new(folder, string.Empty, [.. inputs], []);

    /// <summary>Not a run: claims <paramref name="claimedFolders"/> (so nothing reads them) and reports <paramref name="notices"/>.</summary>
    public static RunLocation NotARun(string folder, IEnumerable<string> claimedFolders, params IEnumerable<LayoutNotice> notices) =>
        new(folder, string.Empty, [], [.. claimedFolders]) { Notices = [.. notices] };
}
