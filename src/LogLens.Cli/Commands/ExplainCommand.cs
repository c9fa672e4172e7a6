using System.CommandLine;
using LogLens.Core.Findings;

namespace LogLens.Cli.Commands;

/// <summary>`loglens explain CODE`: prints the code's page — what it means, how it is computed, what to do instead of tuning, an example.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var code = new Argument<string>("code") { Description = "A finding code, e.g. LL601" };
        var command = new Command("explain", "Explain a finding code") { code };
        command.SetAction(parse =>
        {
            string value = parse.GetValue(code)!;
            if (!FindingCatalog.TryGet(value, out FindingDescriptor? d) || d is null)
            {
                throw new UsageException($"unknown finding code '{value}' (see 'loglens rules')");
            }

            // The code's page (docs/findings/LLxxx.md), embedded in LogLens.Core: meaning, method, remedy, example.
            parse.InvocationConfiguration.Output.Write(FindingPages.Text(d.Code));
            return ExitCodes.Ok;
        });
        return command;
    }
}
