namespace LogLens.Core.Ingest.Formats.Wandb;

/// <summary>Cheap content checks for W&amp;B's text files (detection peeks, never throws).</summary>
internal static class WandbFiles
{
    private const int PeekBytes = 64 * 1024;

    /// <summary>True for a config.yaml W&amp;B wrote: <c>wandb_version:</c> first (legacy) or a top-level <c>_wandb:</c> key.</summary>
    public static bool IsWandbConfig(string? path)
    {
        if (path is null || SpecialFiles.Describe(path) is not null)
        {
            return false;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
            var buffer = new byte[PeekBytes];
            int read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            ReadOnlySpan<byte> head = buffer.AsSpan(0, read);
            return head.StartsWith("wandb_version:"u8) || head.StartsWith("_wandb:"u8) || head.IndexOf("\n_wandb:"u8) >= 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
