using System.Globalization;
using System.Text;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Tests.Ingest.Text;

public sealed class FastFloatTests
{
    [Theory]
    [InlineData("0.5", 0.5)]
    [InlineData("-12", -12.0)]
    [InlineData("1e-05", 1e-5)]
    [InlineData("3E+2", 300.0)]
    [InlineData("5.", 5.0)]
    [InlineData(".25", 0.25)]
    public void Common_log_numbers_take_the_fast_path(string text, double expected)
    {
        Assert.True(FastFloat.TryParse(Encoding.ASCII.GetBytes(text), out double value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("+5")]
    [InlineData(" 5")]
    [InlineData("nan")]
    [InlineData("1e")]
    [InlineData("1e400")]
    [InlineData("12345678901234567890")]
    [InlineData("9007199254740993")]
    [InlineData("1.5x")]
    public void Anything_else_is_left_to_the_general_parser(string text)
    {
        Assert.False(FastFloat.TryParse(Encoding.ASCII.GetBytes(text), out _));
    }

    [Fact]
    public void Negative_zero_keeps_its_sign()
    {
        Assert.True(FastFloat.TryParse("-0"u8, out double value));
        Assert.True(double.IsNegative(value));
    }

    [Fact]
    public void Random_decimals_parse_bit_for_bit_as_double_Parse()
    {
        var random = new Random(42);
        int fast = 0;
        for (int i = 0; i < 200_000; i++)
        {
            string text = RandomDecimal(random);
            if (FastFloat.TryParse(Encoding.ASCII.GetBytes(text), out double value))
            {
                fast++;
                double expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(value), $"{text}: {value:R} != {expected:R}");
            }
        }

        Assert.True(fast > 100_000, $"only {fast} took the fast path");
    }

    private static string RandomDecimal(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(3) == 0)
        {
            text.Append('-');
        }

        text.Append(random.NextInt64(0, (long)Math.Pow(10, random.Next(1, 18))).ToString(CultureInfo.InvariantCulture));
        if (random.Next(4) > 0)
        {
            text.Append('.').Append(random.NextInt64(0, (long)Math.Pow(10, random.Next(0, 17))).ToString(CultureInfo.InvariantCulture).PadLeft(random.Next(1, 8), '0'));
        }

        if (random.Next(4) == 0)
        {
            text.Append('e').Append(random.Next(-30, 30).ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
