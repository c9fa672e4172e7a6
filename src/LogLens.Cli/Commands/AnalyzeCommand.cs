using System.CommandLine;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Reporting;
using LogLens.Core.Reporting.Exporters;

namespace LogLens.Cli.Commands;

/// <summary>`loglens analyze`: ingest, detect, write the report, plots and findings, exit by --fail-on.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var output = new Option<DirectoryInfo>("--out") { Description = "Output folder", DefaultValueFactory = _ => new DirectoryInfo("loglens-report") };
        var config = CommonOptions.Config();
        var format = CommonOptions.Format("md,html,json,sarif", "Comma-separated outputs: " + string.Join(", ", DefaultExporters.All.Select(e => e.Name)));
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding is at or above: error, warning or never", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "never");
        var noPlots = new Option<bool>("--no-plots") { Description = "Skip rendering PNG plots" };
        var seed = CommonOptions.Seed();
        var command = new Command("analyze", "Analyse runs and write report.md, report.html, findings.json, findings.sarif and plots") { paths, output, config, format, failOn, noPlots, seed };
        command.SetAction(parse =>
        {
            var exporters = Exporters(parse.GetValue(format)!);
            RunSet runs = InputLoader.Load(parse.GetValue(paths)!, parse.GetValue(config));
            AnalysisResult result = Analyzer.Analyze(runs, new AnalysisOptions(Seed: parse.GetValue(seed)), paths: parse.GetValue(paths));
            string outDir = parse.GetValue(output)!.FullName;
            if (!parse.GetValue(noPlots))
            {
                IReadOnlyDictionary<string, byte[]> images = PlotOutput.Render(result, outDir);
                exporters = [.. exporters.Select(e => e is HtmlExporter ? HtmlExporter.WithImages(spec => images.GetValueOrDefault(spec.Name)) : e)];
            }

            ReportWriter.Write(result, outDir, exporters);

            Summary.Write(result, outDir, exporters, parse.InvocationConfiguration.Output);
            return Exit(result, parse.GetValue(failOn)!);
        });
        return command;
    }

    private static List<IExporter> Exporters(string formats)
    {
        var chosen = new List<IExporter>();
        foreach (string name in formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            IExporter exporter = DefaultExporters.All.FirstOrDefault(e => e.Name == name)
                ?? throw new UsageException($"unknown format '{name}' (available: {string.Join(", ", DefaultExporters.All.Select(e => e.Name))})");
            chosen.Add(exporter);
        }

        return chosen;
    }

    private static int Exit(AnalysisResult result, string failOn)
    {
        Severity? threshold = failOn switch { "error" => Severity.Error, "warning" => Severity.Warning, _ => null };
        return threshold is Severity t && result.Findings.Any(f => f.Severity >= t) ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
