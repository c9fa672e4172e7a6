using System.Runtime.InteropServices;
using System.Text;

namespace LogLens.Core.Ingest.Formats;

/// <summary>
/// Tells FIFOs, devices and sockets (directly or behind symlinks) from regular files. Only regular files are read:
/// opening a FIFO blocks until some writer appears and a device such as <c>/dev/zero</c> never ends, so either would
/// hang an ingest. .NET does not expose a file's type, so on Linux this asks <c>statx</c> (whose buffer layout is the
/// kernel's, the same on every architecture); elsewhere only a symlink into <c>/dev</c> is recognised.
/// </summary>
internal static class SpecialFiles
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x0001; // STATX_TYPE
    private const int StatxSize = 256;
    private const int ModeOffset = 28; // struct statx: u32 mask, u32 blksize, u64 attributes, u32 nlink, u32 uid, u32 gid, u16 mode

    private static volatile bool statxMissing;

    /// <summary>
    /// "a FIFO (named pipe)", "a character device", "a block device" or "a socket" when <paramref name="path"/>, with
    /// symlinks followed, is one; null for a regular file or a folder, and when the type cannot be told (a missing
    /// file or a dangling link: reading it then fails with its own diagnostic).
    /// </summary>
    public static string? Describe(string path)
    {
        if (OperatingSystem.IsLinux() && !statxMissing)
        {
            try
            {
                Span<byte> buffer = stackalloc byte[StatxSize];
                byte[] name = Encoding.UTF8.GetBytes(path + "\0");
                return Statx(AtFdCwd, ref name[0], 0, StatxType, ref MemoryMarshal.GetReference(buffer)) == 0
                    ? Name(MemoryMarshal.Read<ushort>(buffer[ModeOffset..]) & 0xF000)
                    : null;
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                statxMissing = true; // a C library without statx (old musl): fall back
            }
        }

        return LinksIntoDev(path) ? "a device" : null;
    }

    private static string? Name(int type) => type switch
    {
        0x1000 => "a FIFO (named pipe)",
        0x2000 => "a character device",
        0x6000 => "a block device",
        0xC000 => "a socket",
        _ => null,
    };

    private static bool LinksIntoDev(string path)
    {
        try
        {
            string? target = new FileInfo(path).LinkTarget is null ? null : File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName;
            return target is not null && target.StartsWith("/dev/", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "statx")]
    private static extern int Statx(int directory, ref byte path, int flags, uint mask, ref byte buffer);
}
