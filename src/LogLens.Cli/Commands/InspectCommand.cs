using System.CommandLine;
using LogLens.Core.Model;
using LogLens.Core.Reporting;

namespace LogLens.Cli.Commands;

/// <summary>`loglens inspect`: what was discovered, before any analysis.</summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var config = CommonOptions.Config();
        var format = CommonOptions.Format("text", "text or json");
        var cache = CommonOptions.Cache();
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("inspect", "List discovered runs, formats, params, metrics with roles, config groups and diagnostics") { paths, config, format, cache };
        command.SetAction(parse =>
        {
            RunSet runs = InputLoader.Load(parse.GetValue(paths)!, parse.GetValue(config), cacheDir: parse.GetValue(cache));
            TextWriter output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
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
