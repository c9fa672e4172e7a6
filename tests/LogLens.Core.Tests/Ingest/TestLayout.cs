using LogLens.Core.Ingest.Formats;

namespace LogLens.Core.Tests.Ingest;

/// <summary>
/// A format for discovery tests: in a folder holding <c>marker</c>, it claims that file (read as
/// key=value lines), the subfolders named in <c>claims</c>, and reports the run under <c>suffix</c>.
/// </summary>
internal sealed class TestLayout(string marker, string suffix = "", string[]? claims = null, Exception? failure = null) : IRunLayout
{
    public string Format => "test";

    public IEnumerable<RunLocation> Find(FolderListing folder)
    {
        if (failure is not null && folder.File(marker) is not null)
        {
            throw failure;
        }

        if (folder.File(marker) is not string file)
        {
            return [];
        }

        string[] claimed = [.. (claims ?? []).Select(c => folder.Folder(c)).OfType<string>()];
        return [new RunLocation(folder.Path, suffix, [new RunInput(file, KeyValueReader.Default)], [.. claimed])];
    }
}
