using System.Globalization;
using System.IO.Hashing;
using System.Text;
using LogLens.Core.Ingest.Formats;

namespace LogLens.Core.Ingest.Cache;

/// <summary>
/// The cache key of a run: a 128-bit hash of the cache format, the LogLens build, the run id and root, each
/// input's path and reader, and every file it covers (recursively for folder inputs; a file's SQLite <c>-wal</c>
/// beside it) with its relative path, length and last-write time (of a symlink's target, not of the link). Any change
/// to a file's size or mtime, or a file added or removed, changes it.
/// </summary>
internal static class RunCacheKey
{
    /// <summary>Bumped when the entry layout changes; old entries then miss (and are pruned).</summary>
    public const int FormatVersion = 2;

    /// <summary>The lowercase hex key of <paramref name="run"/>, or null when its inputs cannot be listed.</summary>
    public static string? Compute(PendingRun run)
    {
        var hash = new XxHash128();
        try
        {
            Add(hash, "loglens-run-cache");
            Add(hash, FormatVersion.ToString(CultureInfo.InvariantCulture));
            Add(hash, typeof(RunCacheKey).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
            Add(hash, run.Id);
            Add(hash, run.Root);
            Add(hash, run.Prefix);
            foreach (RunInput input in run.Inputs)
            {
                Type reader = input.Reader.GetType();
                Add(hash, "input");
                Add(hash, input.Path);
                Add(hash, reader.FullName ?? reader.Name);
                Add(hash, reader.Assembly.ManifestModule.ModuleVersionId.ToString("N"));
                Add(hash, input.Reader.Format);
                AddFiles(hash, input.Path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return null;
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    private static void AddFiles(XxHash128 hash, string path)
    {
        if (File.Exists(path))
        {
            AddFile(hash, new FileInfo(path), "");
            if (File.Exists(path + "-wal"))
            {
                // An SQLite store in WAL mode (MLflow's mlflow.db) commits into its -wal without touching the file itself.
                AddFile(hash, new FileInfo(path + "-wal"), "-wal");
            }
        }
        else if (Directory.Exists(path))
        {
            var folder = new DirectoryInfo(path);
            var files = folder.EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0 })
                .Select(f => (Relative: Path.GetRelativePath(path, f.FullName).Replace('\\', '/'), File: f))
                .OrderBy(f => f.Relative, StringComparer.Ordinal);
            foreach ((string relative, FileInfo file) in files)
            {
                AddFile(hash, file, relative);
            }
        }
        else
        {
            Add(hash, "missing");
        }
    }

    private static void AddFile(XxHash128 hash, FileInfo file, string relative)
    {
        // FileInfo of a symlink gives the link's own size and time: key the file the link leads to, which is what is read.
        if (file.LinkTarget is not null && file.ResolveLinkTarget(returnFinalTarget: true) is FileInfo { Exists: true } target)
        {
            file = target;
        }

        Add(hash, "file");
        Add(hash, relative);
        Span<byte> numbers = stackalloc byte[16];
        BitConverter.TryWriteBytes(numbers, file.Length);
        BitConverter.TryWriteBytes(numbers[8..], file.LastWriteTimeUtc.Ticks);
        hash.Append(numbers);
    }

    private static void Add(XxHash128 hash, string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        Span<byte> length = stackalloc byte[4];
        BitConverter.TryWriteBytes(length, bytes.Length);
        hash.Append(length);
        hash.Append(bytes);
    }
}
