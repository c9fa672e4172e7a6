using System.Buffers;
using System.Collections.Concurrent;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Model;

namespace LogLens.Core.Ingest.Cache;

/// <summary>
/// An incremental ingest cache: one file per run in a folder, keyed by the run's inputs (path, size and mtime of
/// every file, see <see cref="RunCacheKey"/>), holding the read run and its diagnostics. An unchanged run is loaded
/// from its entry instead of re-read. Entries are written atomically; a corrupt, truncated or old-format entry is
/// ignored (the run is re-read), never an error. After an ingest, entries it did not use are deleted.
/// </summary>
internal sealed class RunCache
{
    private const string Extension = ".llrc";

    private readonly ConcurrentDictionary<string, byte> used = new(StringComparer.Ordinal);
    private int hits;
    private int misses;

    /// <summary>Opens (and creates if needed) a cache in <paramref name="directory"/>.</summary>
    /// <param name="directory">The cache folder; use one per nightly job, since unused entries are pruned.</param>
    public RunCache(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(Directory);
    }

    /// <summary>The cache folder (full path).</summary>
    public string Directory { get; }

    /// <summary>Runs loaded from the cache so far.</summary>
    public int Hits => Volatile.Read(ref hits);

    /// <summary>Runs read from their files so far (no usable entry).</summary>
    public int Misses => Volatile.Read(ref misses);

    /// <summary>Deletes entries not used since this cache was opened; returns how many were deleted.</summary>
    public int Prune()
    {
        int deleted = 0;
        foreach (string file in System.IO.Directory.EnumerateFiles(Directory, "*" + Extension))
        {
            string key = Path.GetFileNameWithoutExtension(file);
            if (IsKey(key) && !used.ContainsKey(key))
            {
                try
                {
                    File.Delete(file);
                    deleted++;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Another process may hold it; it is pruned next time.
                }
            }
        }

        return deleted;
    }

    /// <summary>The cached run when its entry matches, else <paramref name="read"/>'s result, stored for next time.</summary>
    internal (Run Run, IReadOnlyList<Diagnostic> Diagnostics) GetOrRead(PendingRun run, Func<PendingRun, (Run, IReadOnlyList<Diagnostic>)> read)
    {
        string? key = RunCacheKey.Compute(run);
        if (key is null || !BitConverter.IsLittleEndian)
        {
            Interlocked.Increment(ref misses);
            return read(run);
        }

        used[key] = 0;
        string path = Path.Combine(Directory, key + Extension);
        if (TryLoad(path, key) is { } cached)
        {
            Interlocked.Increment(ref hits);
            return cached;
        }

        Interlocked.Increment(ref misses);
        (Run Run, IReadOnlyList<Diagnostic> Diagnostics) result = read(run);
        Store(path, key, result.Run, result.Diagnostics);
        return result;
    }

    private static (Run, IReadOnlyList<Diagnostic>)? TryLoad(string path, string key)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            // A pooled buffer: entries are a run's series (hundreds of kB), and a fresh large-object array per run
            // made the GC run full collections all through a warm load.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            int length = checked((int)stream.Length);
            byte[] buffer = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                stream.ReadExactly(buffer, 0, length);
                return new RunCacheReader(buffer, length).Read(key);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            return null;
        }
    }

    private static void Store(string path, string key, Run run, IReadOnlyList<Diagnostic> diagnostics)
    {
        string temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new RunCacheWriter(stream))
            {
                writer.Write(key, run, diagnostics);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs speed.
            try
            {
                File.Delete(temp);
            }
            catch (Exception inner) when (inner is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private static bool IsKey(string name) => name.Length == 32 && name.All(char.IsAsciiHexDigitLower);
}
