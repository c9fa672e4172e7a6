using LogLens.Core.Ingest.Readers;

namespace LogLens.Core.Ingest.Layouts;

/// <summary>
/// LogLens's own layout (README "What it reads"): every folder holding a file one of
/// <see cref="DefaultReaders.All"/> recognises by name is a run. Listed last: other formats claim their files first.
/// </summary>
public sealed class GenericLayout : IRunLayout
{
    /// <summary>The instance.</summary>
    public static readonly GenericLayout Default = new();

    private GenericLayout()
    {
    }

    /// <inheritdoc/>
    public string Format => MetricsCsvReader.Default.Format;

    /// <inheritdoc/>
    public IEnumerable<RunLocation> Find(FolderListing folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var inputs = folder.Files
            .Select(f => (File: f, Reader: DefaultReaders.All.FirstOrDefault(r => r.CanRead(Path.GetFileName(f)))))
            .Where(f => f.Reader is not null)
            .Select(f => new RunInput(f.File, f.Reader!))
            .ToList();
        return inputs.Count == 0 ? [] : [RunLocation.Of(folder.Path, inputs)];
    }
}
