using LogLens.Core.Reporting;

namespace LogLens.Core.Tests.Reporting;

public sealed class OutputPathsTests
{
    [Fact]
    public void Within_returns_a_path_inside_the_output_folder()
    {
        string outDir = Path.Combine(Path.GetTempPath(), "out");

        Assert.Equal(Path.Combine(outDir, "plots", "a.png"), OutputPaths.Within(outDir, "plots/a.png".Replace('/', Path.DirectorySeparatorChar)));
    }

    [Theory]
    [InlineData("../x.png")]
    [InlineData("plots/../../x.png")]
    [InlineData("/tmp/x.png")]
    [InlineData("..")]
    [InlineData(".")]
    public void Within_refuses_a_path_that_leaves_the_output_folder(string relative) =>
        Assert.Throws<InvalidOperationException>(() => OutputPaths.Within(Path.Combine(Path.GetTempPath(), "out"), relative));
}
