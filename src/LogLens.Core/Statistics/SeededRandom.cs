using System.Globalization;
using System.Text;

namespace LogLens.Core.Statistics;

/// <summary>
/// Deterministic random generators for resampling (docs/methods.md: same input → byte-identical report).
/// </summary>
internal static class SeededRandom
{
    private const ulong FnvOffsetBasis = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>
    /// Creates a generator whose seed is derived from (analysis seed, detector code, subject).
    /// The key <c>"{analysisSeed}|{code}|{subject}"</c> (invariant culture) is hashed with 64-bit
    /// FNV-1a over its UTF-8 bytes and folded to 32 bits (high xor low) to seed
    /// <see cref="Random(int)"/>. <see cref="string.GetHashCode()"/> is deliberately not used: it is
    /// randomized per process. The seeded <see cref="Random"/> algorithm is kept stable by .NET
    /// for compatibility, so sequences are identical across processes and platforms.
    /// </summary>
    /// <param name="analysisSeed">The user-visible analysis seed.</param>
    /// <param name="code">The detector or finding code, e.g. "LL201".</param>
    /// <param name="subject">The subject (run, config, dataset, ...).</param>
    /// <returns>A new, independently seeded generator.</returns>
    public static Random Create(int analysisSeed, string code, string subject)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(subject);
        return new Random(DeriveSeed(analysisSeed, code, subject));
    }

    /// <summary>The 32-bit seed <see cref="Create"/> uses, exposed for logging and tests.</summary>
    /// <param name="analysisSeed">The user-visible analysis seed.</param>
    /// <param name="code">The detector or finding code.</param>
    /// <param name="subject">The subject.</param>
    /// <returns>The derived seed.</returns>
    public static int DeriveSeed(int analysisSeed, string code, string subject)
    {
        ulong hash = Fnv1a64(string.Create(CultureInfo.InvariantCulture, $"{analysisSeed}|{code}|{subject}"));
        return unchecked((int)(hash ^ (hash >> 32)));
    }

    /// <summary>64-bit FNV-1a hash of the UTF-8 bytes of <paramref name="text"/>.</summary>
    /// <param name="text">The text to hash.</param>
    /// <returns>The hash.</returns>
    public static ulong Fnv1a64(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ulong hash = FnvOffsetBasis;
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash = unchecked(hash * FnvPrime);
        }

        return hash;
    }
}
