using LogLens.Core.Model;

namespace LogLens.Core.Ingest;

/// <summary>
/// Walks a root (any depth) and lists every folder holding at least one file a reader recognises, skipping
/// hidden folders, bin/obj and symlinked folders (so link loops cannot recurse). An unreadable folder is an
/// LL001 diagnostic and the walk goes on.
/// </summary>
internal static class RunDiscovery
{
    private static readonly HashSet<string> SkippedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", "node_modules", "__pycache__",
    };

    public static void Walk(string root, string prefix, IReadOnlyList<IRunFileReader> readers, List<RunDirectory> runs, List<Diagnostic> diagnostics)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            string directory = pending.Pop();
            string[] files, children;
            try
            {
                files = Directory.GetFiles(directory);
                children = Directory.GetDirectories(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                diagnostics.Add(new Diagnostic(IngestCodes.UnreadableFile, Display(root, prefix, directory), null, "folder could not be listed (" + e.Message + "); skipped"));
                continue;
            }

            var matched = files
                .Select(f => (File: f, Reader: readers.FirstOrDefault(r => r.CanRead(Path.GetFileName(f)))))
                .Where(f => f.Reader is not null)
                .OrderBy(f => f.File, StringComparer.Ordinal)
                .Select(f => (f.File, f.Reader!))
                .ToList();
            if (matched.Count > 0)
            {
                runs.Add(new RunDirectory(Display(root, prefix, directory), directory, root, prefix, [.. matched]));
            }

            foreach (string child in children.OrderByDescending(c => c, StringComparer.Ordinal))
            {
                if (!Skip(child))
                {
                    pending.Push(child);
                }
            }
        }
    }

    /// <summary>A folder relative to the root with '/' separators, "." for the root, behind the prefix when there is one.</summary>
    public static string Display(string root, string prefix, string directory)
    {
        string relative = Path.GetRelativePath(root, directory).Replace('\\', '/');
        return prefix.Length == 0 ? relative : relative == "." ? prefix : prefix + "/" + relative;
    }

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
