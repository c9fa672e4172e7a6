using System.Collections.Immutable;
using LogLens.Core.Comparison;

namespace LogLens.Core.Tests.Comparison;

public sealed class RunSelectorTests
{
    private static readonly ImmutableSortedDictionary<string, string> Params =
        ImmutableSortedDictionary.CreateRange<string, string>(StringComparer.Ordinal, [new("lr", "0.0002"), new("batch", "8"), new("optim", "adamw")]);

    [Fact]
    public void Numeric_values_compare_numerically() => Assert.True(RunSelector.Parse("lr=2e-4,batch=8").Matches(Params));

    [Fact]
    public void Text_values_compare_exactly() => Assert.False(RunSelector.Parse("optim=AdamW").Matches(Params));

    [Fact]
    public void A_missing_key_does_not_match() => Assert.False(RunSelector.Parse("lr=2e-4,epochs=3").Matches(Params));

    [Fact]
    public void The_canonical_text_keeps_the_given_order() => Assert.Equal("lr=2e-4,batch=8", RunSelector.Parse(" lr = 2e-4 , batch=8 ").ToString());

    [Theory]
    [InlineData("")]
    [InlineData("lr")]
    [InlineData("=3")]
    [InlineData("lr=1,lr=2")]
    public void Malformed_selectors_are_rejected(string text) => Assert.Throws<ComparisonException>(() => RunSelector.Parse(text));
}
