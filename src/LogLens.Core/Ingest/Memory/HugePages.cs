using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LogLens.Core.Ingest.Memory;

/// <summary>
/// Asks Linux to back a large array with 2 MiB transparent huge pages before it is first written. The kernel then
/// maps the array in one fault per 2 MiB instead of one per 4 KiB page; on the virtual machines LogLens is
/// benchmarked on a 4 KiB first-touch fault costs ≈ 14 µs, so a 1M-row file's 56 MB of new series spent ≈ 150 ms in
/// faults alone. Only where the system leaves huge pages to the program (<c>transparent_hugepage/enabled</c> is
/// <c>madvise</c>, the common default); elsewhere, and when <c>LOGLENS_HUGE_PAGES=0</c>, this does nothing. Used for
/// the series of big files and the buffer a file is read into.
/// </summary>
internal static class HugePages
{
    /// <summary>Arrays of at least this many bytes (4 MiB) always contain a whole 2 MiB page.</summary>
    public const int MinBytes = 4 << 20;

    private const long PageSize = 2 << 20;
    private const int MadviseHugePage = 14; // MADV_HUGEPAGE

    /// <summary>Whether arrays are advised: Linux, huge pages in <c>madvise</c> mode, not switched off.</summary>
    public static bool Enabled { get; } = Detect();

    /// <summary>Advises the 2 MiB pages <paramref name="array"/> spans (pages already written keep their 4 KiB pages).</summary>
    public static void Advise<T>(T[] array)
        where T : unmanaged
    {
        long bytes = (long)array.Length * Unsafe.SizeOf<T>();
        if (!Enabled || bytes < MinBytes)
        {
            return;
        }

        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            long start = handle.AddrOfPinnedObject();
            long from = start & ~(PageSize - 1);
            long to = (start + bytes + PageSize - 1) & ~(PageSize - 1);
            if (to > from)
            {
                _ = Madvise((nint)from, (nuint)(to - from), MadviseHugePage); // advice only: a refusal changes nothing
            }
        }
        finally
        {
            handle.Free();
        }
    }

    /// <summary>The mode line of <c>/sys/kernel/mm/transparent_hugepage/enabled</c> selects <c>[madvise]</c>.</summary>
    internal static bool IsMadviseMode(string modes) => modes.Contains("[madvise]", StringComparison.Ordinal);

    private static bool Detect()
    {
        const string modes = "/sys/kernel/mm/transparent_hugepage/enabled";
        try
        {
            return OperatingSystem.IsLinux()
                && Environment.GetEnvironmentVariable("LOGLENS_HUGE_PAGES") != "0"
                && File.Exists(modes) && IsMadviseMode(File.ReadAllText(modes));
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nint address, nuint length, int advice);
}
