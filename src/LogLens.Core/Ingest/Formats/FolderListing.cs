using System.Collections.Immutable;

namespace LogLens.Core.Ingest.Formats;

/// <summary>A folder as a layout sees it during discovery: what earlier layouts left unclaimed.</summary>
/// <param name="Path">The folder's full path.</param>
/// <param name="Files">Unclaimed regular files (or links to one) directly in the folder, full paths, ordinal-sorted.</param>
/// <param name="Folders">Unclaimed subfolders worth walking (not hidden, not bin/obj, not symlinks), full paths, ordinal-sorted.</param>
internal sealed record FolderListing(string Path, ImmutableArray<string> Files, ImmutableArray<string> Folders)
{
    /// <summary>The unclaimed file with this exact name, or null.</summary>
    public string? File(string name) => Files.FirstOrDefault(f => System.IO.Path.GetFileName(f) == name);

    /// <summary>The unclaimed subfolder with this exact name, or null.</summary>
    public string? Folder(string name) => Folders.FirstOrDefault(f => System.IO.Path.GetFileName(f) == name);
}
