using System.CommandLine;
using LogLens.Core.Findings;
using LogLens.Core.Reporting;
using LogLens.Core.Reporting.Baselines;
using LogLens.Core.Reporting.Exporters;

namespace LogLens.Cli.Commands;

/// <summary>`loglens diff OLD NEW`: new, resolved and persisting findings of two findings.json files, without re-analysing.</summary>
internal static class DiffCommand
{
    private static readonly string[] Formats = ["text", "md", "json"];

    public static Command Create()
    {
        var old = new Argument<string>("old") { Description = "The earlier findings.json" };
        var @new = new Argument<string>("new") { Description = "The later findings.json" };
        var format = CommonOptions.Format("text", "text, md or json", Formats);
        var failOn = CommonOptions.FailOn("Exit 1 when a new finding is at or above");
        var command = new Command("diff", "Which findings are new, resolved or persisting between two findings.json files") { old, @new, format, failOn };
        command.SetAction(parse =>
        {
            FindingsDiff diff;
            try
            {
                diff = FindingsDiff.Compare(BaselineReader.Read(parse.GetValue(old)!), BaselineReader.Read(parse.GetValue(@new)!));
            }
            catch (BaselineException e)
            {
                throw new UsageException(e.Message);
            }

            TextWriter output = parse.InvocationConfiguration.Output;
            switch (FormatNames.One(parse.GetValue(format), Formats))
            {
                case "json":
                    DiffWriter.WriteJson(diff, output);
                    break;
                case "md":
                    DiffWriter.WriteMarkdown(diff, output);
                    break;
                default:
                    DiffWriter.WriteText(diff, output);
                    break;
            }

            Severity? threshold = CommonOptions.Threshold(parse.GetValue(failOn)!);
            return diff.Failing(threshold).IsEmpty ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }
}
