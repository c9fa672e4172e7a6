namespace LogLens.Cli.Tests.Commands;

public sealed class RulesTests
{
    [Fact]
    public void The_README_catalog_table_equals_the_rules_command_output()
    {
        string readme = File.ReadAllText(Repo.Path("README.md")).ReplaceLineEndings("\n");
        int begin = readme.IndexOf("<!-- catalog:begin", StringComparison.Ordinal);
        int start = readme.IndexOf('\n', begin) + 1;
        int end = readme.IndexOf("<!-- catalog:end -->", StringComparison.Ordinal);
        string table = readme[start..end];

        var (exit, output, _) = Cli.Run("rules", "--format", "md");

        Assert.Equal(0, exit);
        Assert.Equal(output.ReplaceLineEndings("\n"), table);
    }
}
