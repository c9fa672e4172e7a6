namespace LogLens.Core.Ingest.Text;

/// <summary>
/// Python's json writes bare NaN, Infinity and -Infinity, which System.Text.Json rejects. This rewrites
/// them, outside strings, into quoted strings ("NaN") that <see cref="FloatText"/> reads back.
/// </summary>
internal static class NamedLiterals
{
    /// <summary>Cheap vectorised pre-check: no 'N' and no 'I' byte means nothing to rewrite.</summary>
    public static bool MayContain(ReadOnlySpan<byte> json) => json.IndexOfAny((byte)'N', (byte)'I') >= 0;

    /// <summary>The size of a destination buffer large enough for any input of <paramref name="length"/> bytes.</summary>
    public static int MaxOutputLength(int length) => (length * 2) + 2;

    /// <summary>Copies <paramref name="source"/> into <paramref name="destination"/> quoting bare literals; returns the length written.</summary>
    public static int Quote(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        int w = 0;
        bool inString = false;
        for (int i = 0; i < source.Length; i++)
        {
            byte b = source[i];
            if (inString)
            {
                destination[w++] = b;
                if (b == '\\' && i + 1 < source.Length)
                {
                    destination[w++] = source[++i];
                }
                else if (b == '"')
                {
                    inString = false;
                }

                continue;
            }

            ReadOnlySpan<byte> rest = source[i..];
            ReadOnlySpan<byte> literal =
                b == 'N' && rest.StartsWith("NaN"u8) ? "NaN"u8
                : b == 'I' && rest.StartsWith("Infinity"u8) ? "Infinity"u8
                : b == '-' && rest.StartsWith("-Infinity"u8) ? "-Infinity"u8
                : default;
            if (literal.IsEmpty)
            {
                inString = b == '"';
                destination[w++] = b;
                continue;
            }

            destination[w++] = (byte)'"';
            literal.CopyTo(destination[w..]);
            w += literal.Length;
            destination[w++] = (byte)'"';
            i += literal.Length - 1;
        }

        return w;
    }
}
