using System.CommandLine;
using LogLens.Core.Reporting;

namespace LogLens.Cli.Commands;

/// <summary>`loglens rules [--format md|text]`: the finding catalog (the README's table is this output).</summary>
internal static class RulesCommand
{
    private static readonly string[] Formats = ["text", "md"];

    public static Command Create()
    {
        var format = CommonOptions.Format("text", "text or md", Formats);
        var command = new Command("rules", "List every finding LogLens can report") { format };
        command.SetAction(parse =>
        {
            string chosen = FormatNames.One(parse.GetValue(format), Formats);
            TextWriter output = parse.InvocationConfiguration.Output;
            if (chosen == "md")
            {
                CatalogTable.WriteMarkdown(output);
            }
            else
            {
                CatalogTable.WriteText(output);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
