using System.Runtime.CompilerServices;

namespace LogLens.Core.Ingest.Text;

/// <summary>
/// Clinger's fast path for the decimals logs are made of ("0.123456", "-12", "1e-05"): when the digits fit in
/// 2^53 and the power of ten in 10^22, both are exact doubles and one IEEE multiplication or division rounds
/// correctly, so the result is bit-identical to <see cref="double.Parse(string)"/>. Anything else (more digits,
/// larger exponents, signs like '+', whitespace, names) returns false for the caller's general parser.
/// </summary>
internal static class FastFloat
{
    private const ulong MaxExactMantissa = 1UL << 53;

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    public static bool TryParse(ReadOnlySpan<byte> text, out double value) =>
        TryParsePrefix(text, out value, out int length) && length == text.Length;

    /// <summary>
    /// Parses the number at the start of <paramref name="text"/> up to the first byte that cannot continue it;
    /// <paramref name="length"/> is where it stopped. The caller decides whether what follows may end a cell
    /// (a CSV reader accepts only ',' or the end of the line), so one pass both splits and converts.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // the dense CSV loop calls it once per cell
    public static bool TryParsePrefix(ReadOnlySpan<byte> text, out double value, out int length)
    {
        value = 0;
        length = 0;
        int i = 0;
        bool negative = text.Length > 0 && text[0] == '-';
        if (negative)
        {
            i++;
        }

        ulong mantissa = 0;
        int digits = 0;
        int scale = 0;
        for (; i < text.Length && IsDigit(text[i]); i++, digits++)
        {
            mantissa = (mantissa * 10) + (uint)(text[i] - '0');
        }

        if (i < text.Length && text[i] == '.')
        {
            for (i++; i < text.Length && IsDigit(text[i]); i++, digits++, scale--)
            {
                mantissa = (mantissa * 10) + (uint)(text[i] - '0');
            }
        }

        // 19 digits cannot overflow a ulong; more are left to the general parser.
        if (digits == 0 || digits > 19 || mantissa > MaxExactMantissa)
        {
            return false;
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            if (!TryExponent(text[(i + 1)..], out int exponent, out int used))
            {
                return false;
            }

            scale += exponent;
            i += 1 + used;
        }

        if (scale < -22 || scale > 22)
        {
            return false;
        }

        double result = mantissa;
        result = scale < 0 ? result / PowersOfTen[-scale] : result * PowersOfTen[scale];
        value = negative ? -result : result;
        length = i;
        return true;
    }

    /// <summary>An optional sign and 1–3 digits; <paramref name="length"/> is how many bytes that took.</summary>
    private static bool TryExponent(ReadOnlySpan<byte> text, out int exponent, out int length)
    {
        exponent = 0;
        int i = 0;
        bool negative = text.Length > 0 && text[0] == '-';
        if (text.Length > 0 && (text[0] == '-' || text[0] == '+'))
        {
            i++;
        }

        int first = i;
        for (; i < text.Length && IsDigit(text[i]); i++)
        {
            exponent = (exponent * 10) + (text[i] - '0');
            if (i - first >= 3)
            {
                length = 0;
                return false;
            }
        }

        length = i;
        exponent = negative ? -exponent : exponent;
        return i > first;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;
}
