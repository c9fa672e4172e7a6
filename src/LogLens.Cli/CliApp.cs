using System.CommandLine;
using LogLens.Cli.Commands;

namespace LogLens.Cli;

/// <summary>The `loglens` command tree and its invocation with injectable output (tests capture it).</summary>
internal static class CliApp
{
    public static RootCommand Build(CliEnvironment? environment = null) =>
        new("LogLens: find out whether another round of hyperparameter tuning can help, from the logs you already have.")
        {
            AnalyzeCommand.Create(environment ?? CliEnvironment.Redirected),
            InspectCommand.Create(),
            ExportCommand.Create(),
            CompareCommand.Create(),
            DiffCommand.Create(),
            ExplainCommand.Create(),
            RulesCommand.Create(),
            InitCommand.Create(),
        };

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CliEnvironment? environment = null)
    {
        // Everything printed passes one filter: text from logs never reaches a terminal with raw control characters.
        using var safeOutput = new TerminalWriter(output, carriageReturns: false);
        using var safeError = new TerminalWriter(error, carriageReturns: true);
        try
        {
            return await RunSafeAsync(args, safeOutput, safeError, environment).ConfigureAwait(false);
        }
        finally
        {
            safeOutput.Flush();
            safeError.Flush();
        }
    }

    private static async Task<int> RunSafeAsync(string[] args, TextWriter output, TextWriter error, CliEnvironment? environment)
    {
        ParseResult parse = Build(environment).Parse(args);
        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync("error: " + parseError.Message).ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'loglens --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(invocation).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
    }
}
