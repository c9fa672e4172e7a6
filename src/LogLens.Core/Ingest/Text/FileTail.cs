namespace LogLens.Core.Ingest.Text;

/// <summary>Looks at the end of a file without reading it.</summary>
internal static class FileTail
{
    /// <summary>True when the file is empty or its last byte is '\n'.</summary>
    public static bool EndsWithNewline(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
        if (stream.Length == 0)
        {
            return true;
        }

        stream.Seek(-1, SeekOrigin.End);
        return stream.ReadByte() == '\n';
    }
}
