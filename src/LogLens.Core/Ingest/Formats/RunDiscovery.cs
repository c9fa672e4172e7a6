using LogLens.Core.Model;

namespace LogLens.Core.Ingest.Formats;

/// <summary>
/// Walks a root (any depth) and asks every layout, in order, for the runs in each folder. Files and
/// subfolders a layout claims are hidden from later layouts and not walked further; hidden folders,
/// bin/obj and symlinked folders are skipped (so link loops, and W&amp;B's latest-run link, cannot count a run
/// twice), and so are FIFOs, devices and sockets (or links to one), each with an LL001 naming it. An unreadable
/// folder or a layout that throws is an LL001 diagnostic and the walk goes on.
/// </summary>
internal static class RunDiscovery
{
    private static readonly HashSet<string> SkippedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", "node_modules", "__pycache__",
    };

    public static void Walk(string root, string prefix, IReadOnlyList<IRunLayout> layouts, List<RunLocation> runs, List<Diagnostic> diagnostics)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            string directory = pending.Pop();
            List<string> files, folders;
            try
            {
                files = [.. Directory.GetFiles(directory).Order(StringComparer.Ordinal)];
                folders = [.. Directory.GetDirectories(directory).Where(d => !Skip(d)).Order(StringComparer.Ordinal)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                diagnostics.Add(
                    new Diagnostic(IngestCodes.UnreadableFile, Display(root, prefix, directory), null,
                        "folder could not be listed (" + e.Message + "); skipped"));
                continue;
            }

            // Before any layout peeks: opening a FIFO would block, reading a device would never end.
            foreach ((string file, string? kind) in files.Select(f => (f, SpecialFiles.Describe(f))).Where(f => f.Item2 is not null).ToList())
            {
                diagnostics.Add(new Diagnostic(IngestCodes.UnreadableFile, Display(root, prefix, file), null, NotRegular(kind!)));
                files.Remove(file);
            }

            foreach (IRunLayout layout in layouts)
            {
                if (files.Count == 0 && folders.Count == 0)
                {
                    break;
                }

                try
                {
                    foreach (RunLocation run in layout.Find(new FolderListing(directory, [.. files], [.. folders])))
                    {
                        diagnostics.AddRange(run.Notices.Select(n => new Diagnostic(n.Code, Display(root, prefix, n.Path), n.Line, n.Message)));
                        if (!run.Inputs.IsEmpty)
                        {
                            runs.Add(run);
                        }

                        foreach (RunInput input in run.Inputs)
                        {
                            files.Remove(input.Path);
                            folders.Remove(input.Path);
                        }

                        folders.RemoveAll(run.ClaimedFolders.Contains);
                    }
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    diagnostics.Add(
                        new Diagnostic(IngestCodes.UnreadableFile, Display(root, prefix, directory), null,
                            $"{layout.Format} detection failed ({e.Message}); this folder's {layout.Format} runs skipped"));
                }
            }

            for (int i = folders.Count - 1; i >= 0; i--)
            {
                pending.Push(folders[i]);
            }
        }
    }

    /// <summary>A folder relative to the root with '/' separators, "." for the root, behind the prefix when there is one.</summary>
    public static string Display(string root, string prefix, string directory)
    {
        string relative = Path.GetRelativePath(root, directory).Replace('\\', '/');
        return prefix.Length == 0 ? relative : relative == "." ? prefix : prefix + "/" + relative;
    }

    /// <summary>The message for a file that is not a regular file: what it is and that it was skipped.</summary>
    public static string NotRegular(string kind) => $"{kind}, not a regular file; skipped (reading it could block or never end)";

    private static bool Skip(string directory)
    {
        string name = Path.GetFileName(directory);
        if (name.StartsWith('.') || SkippedNames.Contains(name))
        {
            return true;
        }

        try
        {
            return new DirectoryInfo(directory).LinkTarget is not null;
        }
        catch (IOException)
        {
            return true;
        }
    }
}
