using LogLens.Core.Detection.Samples;

namespace LogLens.Core.Tests.Detection.Samples;

public sealed class AnswerNormalizerTests
{
    [Theory]
    [InlineData("1,000", "1000.")]
    [InlineData("  Paris. ", "paris")]
    [InlineData("１２", "12")]
    [InlineData("Refund   the\torder!", "refund the order")]
    public void Formatting_differences_normalise_to_the_same_answer(string a, string b) =>
        Assert.Equal(AnswerNormalizer.Normalize(a), AnswerNormalizer.Normalize(b));
}
