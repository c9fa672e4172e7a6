using System.Globalization;
using System.Security.Cryptography;

namespace LogLens.Core.Tests.Ingest;

/// <summary>Every file under a folder with its size, SHA-256 and last-write time: equal snapshots mean nothing was written, created or removed.</summary>
internal static class FolderSnapshot
{
    public static List<string> Take(string folder, Func<string, bool>? include = null) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => include?.Invoke(f) ?? true)
            .Order(StringComparer.Ordinal)
            .Select(f =>
            {
                var info = new FileInfo(f);
                using FileStream stream = new(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                return string.Create(CultureInfo.InvariantCulture,
                    $"{Path.GetRelativePath(folder, f)} {info.Length} {Convert.ToHexString(SHA256.HashData(stream))} {info.LastWriteTimeUtc.Ticks}");
            })];
}
