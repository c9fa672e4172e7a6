using LogLens.Core.Plots;

namespace LogLens.Core.Tests.Plots;

public sealed class PlotNamesTests
{
    [Theory]
    [InlineData("../../x")]
    [InlineData("/etc/passwd")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("a\\..\\..\\b")]
    [InlineData("..")]
    [InlineData("")]
    [InlineData("名前/ラン")]
    public void A_sanitized_name_has_only_safe_characters_and_is_never_empty(string name)
    {
        string stem = PlotNames.Sanitize(name);

        Assert.Matches("^[A-Za-z0-9_-]+$", stem);
        Assert.DoesNotContain("..", stem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_very_long_name_is_cut_and_keeps_a_hash_so_two_long_names_stay_distinct()
    {
        string a = PlotNames.Sanitize(new string('a', 500) + "1");
        string b = PlotNames.Sanitize(new string('a', 500) + "2");

        Assert.True(a.Length <= PlotNames.MaxStem);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Unique_names_differ_even_when_only_their_case_differs()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);

        string first = PlotNames.Unique("Run-A", taken);
        string second = PlotNames.Unique("run-a", taken);

        Assert.NotEqual(first.ToUpperInvariant(), second.ToUpperInvariant());
    }
}
