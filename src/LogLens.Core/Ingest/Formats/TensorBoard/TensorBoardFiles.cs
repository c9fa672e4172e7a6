namespace LogLens.Core.Ingest.Formats.TensorBoard;

/// <summary>What discovery needs to know about folders of event files, found by name or by a cheap peek.</summary>
internal static class TensorBoardFiles
{
    private const int PeekBytes = 64 * 1024;

    /// <summary>"tfevents" in the name; <c>*.profile-empty</c> (the profiler's empty marker) excluded.</summary>
    public static bool IsEventFile(string fileName) =>
        fileName.Contains("tfevents", StringComparison.Ordinal) && !fileName.EndsWith(".profile-empty", StringComparison.Ordinal);

    /// <summary>The regular event files directly in <paramref name="folder"/>, ordinal by name (their names start with the creation time).</summary>
    public static string[] EventFiles(string folder)
    {
        try
        {
            return [.. Directory.GetFiles(folder).Where(f => IsEventFile(Path.GetFileName(f)) && SpecialFiles.Describe(f) is null)
                .Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>
    /// True when <paramref name="folder"/> holds event files carrying the hparams plugin's session start info near
    /// their start: what PyTorch's <c>add_hparams</c> writes into a new subfolder of the run's log dir.
    /// </summary>
    public static bool HoldsHParams(string folder) => EventFiles(folder).Any(PeekHParams);

    /// <summary>An HF Trainer output dir: trainer_state.json, *_results.json or checkpoint-N folders (possibly claimed already).</summary>
    public static bool IsHfOutputDir(string folder)
    {
        try
        {
            return File.Exists(Path.Combine(folder, "trainer_state.json"))
                || Directory.EnumerateFiles(folder, "*_results.json").Any()
                || Directory.EnumerateDirectories(folder, "checkpoint-*")
                    .Any(d => Path.GetFileName(d)["checkpoint-".Length..] is { Length: > 0 } n && n.All(char.IsAsciiDigit));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool PeekHParams(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
            var head = new byte[(int)Math.Min(PeekBytes, stream.Length)];
            int read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return head.AsSpan(0, read).IndexOf("_hparams_/session_start_info"u8) >= 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
