using System.Text;

namespace LogLens.Core.Ingest.Formats.Mlflow;

/// <summary>The key files of a run's params/, tags/ or metrics/ folder: a key with '/' is a nested folder.</summary>
internal static class MlflowKeys
{
    /// <summary>MLflow caps param values at 6,000 characters (tags at 8,000): a larger file is not a value.</summary>
    private const long MaxValueBytes = 1024 * 1024;

    /// <summary>(key, file) pairs, ordinal by key; none when the folder is missing; an unreadable folder, a FIFO or a device is LL001.</summary>
    public static IEnumerable<(string Key, string File)> Files(string folder, RunFragment fragment)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint };
            return [.. Directory.EnumerateFiles(folder, "*", options)
                .Select(f => (Key: Path.GetRelativePath(folder, f).Replace('\\', '/'), File: f))
                .Where(k => !k.Key.Split('/').Any(part => part.StartsWith('.')) && IsRegular(k.File, fragment))
                .OrderBy(k => k.Key, StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            fragment.Report(IngestCodes.UnreadableFile, folder, null, "folder could not be listed (" + e.Message + "); skipped");
            return [];
        }
    }

    /// <summary>False, with an LL001, for a FIFO or device: reading one would block or never end.</summary>
    private static bool IsRegular(string file, RunFragment fragment)
    {
        if (SpecialFiles.Describe(file) is not string kind)
        {
            return true;
        }

        fragment.Report(IngestCodes.UnreadableFile, file, null, RunDiscovery.NotRegular(kind));
        return false;
    }

    /// <summary>A param or tag value: the file's text exactly (multi-line, no trailing newline), or LL001.</summary>
    public static bool TryReadText(string file, RunFragment fragment, out string text)
    {
        text = "";
        try
        {
            if (new FileInfo(file).Length > MaxValueBytes)
            {
                fragment.Report(IngestCodes.UnreadableFile, file, null, "value file is larger than 1 MiB; skipped");
                return false;
            }

            text = File.ReadAllText(file, Encoding.UTF8);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            fragment.Report(IngestCodes.UnreadableFile, file, null, "could not be read (" + e.Message + "); skipped");
            return false;
        }
    }
}
