using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LogLens.Cli.Tests;
using InProcess = LogLens.Cli.Tests.Cli;

namespace LogLens.Interop.Tests;

/// <summary>
/// docs/library.md's example as a user would run it: the C# block, copied unchanged into a console project of its
/// own outside the repository that references LogLens.Core and LogLens.Plotting, built and run on the demo folder.
/// It must print the verdict <c>loglens analyze</c> gives and write the same findings.
/// </summary>
public sealed partial class LibraryExampleTests : IDisposable
{
    private readonly string temp = InProcess.TempDir();

    public void Dispose()
    {
        if (Directory.Exists(temp))
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    [Fact]
    public void The_example_is_short_and_uses_only_the_public_API()
    {
        string code = Example();
        int statements = code.Split('\n').Count(l => l.Trim().Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal));

        Assert.InRange(statements, 5, 15);
    }

    [Fact]
    public void The_example_builds_against_the_packages_and_agrees_with_loglens_analyze()
    {
        string project = Path.Combine(temp, "example");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Program.cs"), Example());
        File.WriteAllText(Path.Combine(project, "example.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{Repo.Path("src", "LogLens.Core", "LogLens.Core.csproj")}" />
                <ProjectReference Include="{Repo.Path("src", "LogLens.Plotting", "LogLens.Plotting.csproj")}" />
              </ItemGroup>
            </Project>
            """);

        (int exit, string stdout, string stderr) = Run(project, "run", "-c", "Release", "--", Repo.Path("fixtures", "demo"));

        string cli = Path.Combine(temp, "cli");
        Assert.Equal(1, InProcess.Run("analyze", Repo.Path("fixtures", "demo"), "--out", cli, "--no-plots", "--format", "json").Exit);
        JsonNode expected = JsonNode.Parse(File.ReadAllText(Path.Combine(cli, "findings.json")))!;
        string headline = expected["verdict"]!["headline"]!.GetValue<string>();
        Assert.True(exit == 1, $"exit {exit}\n{stdout}\n{stderr}");
        Assert.Equal(headline, stdout.Split('\n')[0].TrimEnd('\r'));
        int warnings = expected["findings"]!.AsArray().Count(f => f!["severity"]!.GetValue<string>() is "error" or "warning");
        Assert.Equal(warnings, stdout.Split('\n').Count(l => CodeLine().IsMatch(l)));

        string report = Path.Combine(project, "loglens-report");
        JsonNode written = JsonNode.Parse(File.ReadAllText(Path.Combine(report, "findings.json")))!;
        Assert.Equal(Codes(expected), Codes(written));
        Assert.True(File.Exists(Path.Combine(report, "report.html")) && File.Exists(Path.Combine(report, "report.md")) && File.Exists(Path.Combine(report, "findings.sarif")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(report, "plots"), "*.png"));
    }

    /// <summary>The ```csharp block after docs/library.md's <c>&lt;!-- example: library --&gt;</c> marker.</summary>
    private static string Example()
    {
        Match m = Marked().Match(File.ReadAllText(Repo.Path("docs", "library.md")).ReplaceLineEndings("\n"));
        Assert.True(m.Success, "docs/library.md has no <!-- example: library --> block");
        return m.Groups["code"].Value + "\n";
    }

    private static string[] Codes(JsonNode findings) =>
        [.. findings["findings"]!.AsArray().Select(f => $"{f!["code"]} {f["severity"]} {f["id"]}")];

    private static (int Exit, string Stdout, string Stderr) Run(string workDir, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet run of the library example took over 5 minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [GeneratedRegex(@"<!-- example: library -->\n```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Marked();

    [GeneratedRegex(@"^LL[0-9]{3} \S+: ")]
    private static partial Regex CodeLine();
}
