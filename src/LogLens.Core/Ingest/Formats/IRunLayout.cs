namespace LogLens.Core.Ingest.Formats;

/// <summary>
/// Recognises one log format's runs in a folder during discovery. A layout looks at a folder's unclaimed
/// files and subfolders (and may peek into them: detection by content, not only by name) and returns the
/// runs it finds there. What a run's inputs name is claimed: no later layout sees those files, and claimed
/// subfolders are not walked further. Layouts are stateless and must not throw for bad content (a file they
/// cannot classify is left unclaimed; a file they claim but cannot read is the reader's diagnostic).
/// </summary>
internal interface IRunLayout
{
    /// <summary>The format, e.g. "hf-trainer"; recorded in <see cref="Model.Run.Formats"/> through the readers.</summary>
    string Format { get; }

    /// <summary>The runs of this format in <paramref name="folder"/>; empty when there are none.</summary>
    IEnumerable<RunLocation> Find(FolderListing folder);
}
