using System.Text.Json;
using LogLens.Core.Ingest.Formats;

namespace LogLens.Core.Ingest.Text;

/// <summary>Loads a whole (small) JSON file tolerating a BOM and Python's bare NaN/Infinity.</summary>
internal static class JsonFile
{
    public const long MaxBytes = 256L * 1024 * 1024;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 256,
    };

    /// <summary>
    /// Parses a file that must hold one JSON object (of <paramref name="what"/>, for the message), or reports
    /// LL001/LL002 on <paramref name="fragment"/> and returns null.
    /// </summary>
    public static JsonDocument? LoadObject(string path, RunFragment fragment, string what)
    {
        JsonDocument? document = Load(path, fragment);
        if (document is null || document.RootElement.ValueKind == JsonValueKind.Object)
        {
            return document;
        }

        document.Dispose();
        fragment.Report(IngestCodes.UnreadableFile, path, null, $"expected a JSON object of {what}; file skipped");
        return null;
    }

    /// <summary>Parses the file, or reports LL001/LL002 on <paramref name="fragment"/> and returns null.</summary>
    public static JsonDocument? Load(string path, RunFragment fragment)
    {
        long length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            fragment.Report(IngestCodes.UnreadableFile, path, null, $"file is larger than {MaxBytes / (1024 * 1024)} MiB; skipped");
            return null;
        }

        ReadOnlyMemory<byte> bytes = File.ReadAllBytes(path);
        if (bytes.Span.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            fragment.Report(IngestCodes.PartialFile, path, null, "file is empty (still being written?); nothing read");
            return null;
        }

        if (!System.Text.Unicode.Utf8.IsValid(bytes.Span))
        {
            fragment.Report(IngestCodes.UnreadableFile, path, null, "not valid UTF-8 text; file skipped");
            return null;
        }

        if (NamedLiterals.MayContain(bytes.Span))
        {
            var quoted = new byte[NamedLiterals.MaxOutputLength(bytes.Length)];
            bytes = quoted.AsMemory(0, NamedLiterals.Quote(bytes.Span, quoted));
        }

        try
        {
            return JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException e)
        {
            long? line = e.LineNumber is long l ? l + 1 : null;
            fragment.Report(IngestCodes.UnreadableFile, path, line, "not valid JSON (" + FirstSentence(e.Message) + "); file skipped");
            return null;
        }
    }

    /// <summary>The exception message up to its first '.' followed by a space: the reason without the position.</summary>
    public static string FirstSentence(string message)
    {
        int cut = message.IndexOf(". ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }
}
