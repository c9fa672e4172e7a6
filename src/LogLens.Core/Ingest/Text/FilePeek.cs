using System.Text;
using LogLens.Core.Ingest.Formats;

namespace LogLens.Core.Ingest.Text;

/// <summary>Cheap content detection for layouts: looks at the first bytes of a regular file only, never throws.</summary>
internal static class FilePeek
{
    /// <summary>The first <paramref name="bytes"/> bytes as UTF-8 text ("" when unreadable, or a FIFO or device).</summary>
    public static string Head(string path, int bytes)
    {
        if (SpecialFiles.Describe(path) is not null)
        {
            return "";
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
            var buffer = new byte[(int)Math.Min(bytes, stream.Length)];
            int read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return Encoding.UTF8.GetString(buffer, 0, read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    /// <summary>True when the head of the file contains any of <paramref name="needles"/>.</summary>
    public static bool Contains(string path, int bytes, params string[] needles)
    {
        string head = Head(path, bytes);
        return needles.Any(n => head.Contains(n, StringComparison.Ordinal));
    }
}
