using System.CommandLine;
using LogLens.Core.Findings;

namespace LogLens.Cli.Commands;

/// <summary>`loglens explain CODE`: what a finding means, how it is computed, what to do instead of tuning.</summary>
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

            TextWriter output = parse.InvocationConfiguration.Output;
            output.WriteLine($"{d.Code} {d.Name} ({d.Severity.ToString().ToLowerInvariant()}, question: {d.Question.ToString().ToLowerInvariant()})");
            output.WriteLine();
            output.WriteLine("What it says:   " + d.Summary);
            output.WriteLine("How it is computed: " + d.Method);
            output.WriteLine("What to do instead of tuning: " + d.Remedy);
            return ExitCodes.Ok;
        });
        return command;
    }
}
