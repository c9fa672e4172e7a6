using System.Globalization;
using System.Runtime.InteropServices;
using LogLens.Core.Ingest.Memory;

namespace LogLens.Core.Tests.Ingest.Memory;

public sealed class HugePagesTests
{
    [Theory]
    [InlineData("always [madvise] never\n", true)]
    [InlineData("[always] madvise never\n", false)]
    [InlineData("always madvise [never]\n", false)]
    [InlineData("", false)]
    public void Only_the_madvise_mode_is_acted_on(string modes, bool expected)
    {
        Assert.Equal(expected, HugePages.IsMadviseMode(modes));
    }

    [SkippableFact]
    public void A_large_series_array_is_advised_onto_huge_pages_before_it_is_written()
    {
        Skip.IfNot(HugePages.Enabled, "transparent huge pages are not in madvise mode here (or LOGLENS_HUGE_PAGES=0)");

        double[] array = SeriesArrays.Allocate(HugePages.MinBytes / sizeof(double) * 4);
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            long middle = handle.AddrOfPinnedObject() + (array.Length * sizeof(double) / 2);
            Assert.Contains("hg", VmFlagsAt(middle));
        }
        finally
        {
            handle.Free();
        }
    }

    [SkippableFact]
    public void A_small_series_array_is_left_alone()
    {
        Skip.IfNot(HugePages.Enabled, "transparent huge pages are not in madvise mode here (or LOGLENS_HUGE_PAGES=0)");

        // A fresh small array lands in a region no large array shares, so its mapping carries no advice.
        double[] array = SeriesArrays.Allocate(1000);
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            Assert.DoesNotContain("hg", VmFlagsAt(handle.AddrOfPinnedObject()));
        }
        finally
        {
            handle.Free();
        }
    }

    /// <summary>The VmFlags of the mapping in /proc/self/smaps that contains <paramref name="address"/>.</summary>
    private static string[] VmFlagsAt(long address)
    {
        bool inside = false;
        foreach (string line in File.ReadLines("/proc/self/smaps"))
        {
            int dash = line.IndexOf('-', StringComparison.Ordinal);
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            if (dash > 0 && space > dash && long.TryParse(line.AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out long start)
                && long.TryParse(line.AsSpan(dash + 1, space - dash - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out long end))
            {
                inside = start <= address && address < end;
            }
            else if (inside && line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                return line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }

        throw new InvalidOperationException("no mapping contains the array");
    }
}
