using System.CommandLine;
using LogLens.Core.Model;
using LogLens.Core.Reporting;

namespace LogLens.Cli.Commands;

/// <summary>`loglens inspect`: what was discovered, before any analysis.</summary>
internal static class InspectCommand
{
    private static readonly string[] Formats = ["text", "json"];

    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var config = CommonOptions.Config();
        var format = CommonOptions.Format("text", "text or json", Formats);
        var cache = CommonOptions.Cache();
        var command = new Command("inspect", "List discovered runs, formats, params, metrics with roles, config groups and diagnostics") { paths, config,
            format, cache };
        command.SetAction(parse =>
        {
            string chosen = FormatNames.One(parse.GetValue(format), Formats);
            RunSet runs = InputLoader.Load(parse.GetValue(paths)!, parse.GetValue(config), cacheDir: parse.GetValue(cache));
            TextWriter output = parse.InvocationConfiguration.Output;
            if (chosen == "json")
            {
                InventoryWriter.WriteJson(runs, output);
            }
            else
            {
                InventoryWriter.WriteText(runs, output);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
