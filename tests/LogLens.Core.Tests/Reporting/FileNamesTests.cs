using LogLens.Core.Reporting;

namespace LogLens.Core.Tests.Reporting;

public sealed class FileNamesTests
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
        string stem = FileNames.Sanitize(name);

        Assert.Matches("^[A-Za-z0-9_-]+$", stem);
        Assert.DoesNotContain("..", stem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_very_long_name_is_cut_and_keeps_a_hash_so_two_long_names_stay_distinct()
    {
        string a = FileNames.Sanitize(new string('a', 500) + "1");
        string b = FileNames.Sanitize(new string('a', 500) + "2");

        Assert.True(a.Length <= FileNames.MaxStem);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Unique_names_differ_even_when_only_their_case_differs()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);

        string first = FileNames.Unique("Run-A", taken);
        string second = FileNames.Unique("run-a", taken);

        Assert.NotEqual(first.ToUpperInvariant(), second.ToUpperInvariant());
    }

    [Fact]
    public void Within_returns_a_path_inside_the_output_folder()
    {
        string outDir = Path.Combine(Path.GetTempPath(), "out");

        Assert.Equal(Path.Combine(outDir, "plots", "a.png"), FileNames.Within(outDir, "plots/a.png".Replace('/', Path.DirectorySeparatorChar)));
    }

    [Theory]
    [InlineData("../x.png")]
    [InlineData("plots/../../x.png")]
    [InlineData("/tmp/x.png")]
    [InlineData("..")]
    [InlineData(".")]
    public void Within_refuses_a_path_that_leaves_the_output_folder(string relative) =>
        Assert.Throws<InvalidOperationException>(() => FileNames.Within(Path.Combine(Path.GetTempPath(), "out"), relative));
}
