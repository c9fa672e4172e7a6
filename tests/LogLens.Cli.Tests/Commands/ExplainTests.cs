using LogLens.Core.Findings;

namespace LogLens.Cli.Tests.Commands;

/// <summary>`loglens explain CODE` prints the code's page, docs/findings/CODE.md, from the resources embedded in LogLens.Core.</summary>
public sealed class ExplainTests
{
    public static TheoryData<string> Codes => [.. FindingCatalog.All.Select(d => d.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Explain_prints_the_page_of_every_code(string code)
    {
        var (exit, output, _) = Cli.Run("explain", code);

        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(Repo.Path("docs", "findings", code + ".md")).ReplaceLineEndings("\n"), output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Explain_accepts_a_code_in_lower_case()
    {
        var (exit, output, _) = Cli.Run("explain", "ll102");

        Assert.Equal(0, exit);
        Assert.StartsWith("# LL102 Diverged", output, StringComparison.Ordinal);
    }
}
