using LogLens.Core.Ingest.Formats;

namespace LogLens.Core.Tests.Ingest;

/// <summary>A format whose reader always throws: claims every boom.txt.</summary>
internal sealed class ThrowingReader : IRunFileReader, IRunLayout
{
    public static readonly ThrowingReader Default = new();

    private ThrowingReader()
    {
    }

    public string Format => "test";

    public void Read(string path, RunFragment fragment) => throw new InvalidOperationException("boom");

    public IEnumerable<RunLocation> Find(FolderListing folder) =>
        folder.File("boom.txt") is string file ? [RunLocation.Of(folder.Path, [new RunInput(file, this)])] : [];
}
