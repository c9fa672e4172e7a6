using System.CommandLine;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Reporting;
using LogLens.Core.Reporting.Baselines;
using LogLens.Core.Reporting.Exporters;
using LogLens.Plotting;

namespace LogLens.Cli.Commands;

/// <summary>`loglens analyze`: ingest, detect, write the report, plots and findings, exit by --fail-on.</summary>
internal static class AnalyzeCommand
{
    private static readonly string[] ExporterNames = [.. DefaultExporters.All.Select(e => e.Name)];

    public static Command Create(CliEnvironment environment)
    {
        var paths = CommonOptions.Paths();
        var output = new Option<DirectoryInfo>("--out") { Description = "Output folder (nothing is written outside it)",
            DefaultValueFactory = _ => new DirectoryInfo("loglens-report") };
        var config = CommonOptions.Config();
        var format = CommonOptions.Format(string.Join(',', DefaultExporters.Analyze.Select(e => e.Name)),
            "Comma-separated outputs: " + string.Join(", ", ExporterNames), ExporterNames);
        var failOn = CommonOptions.FailOn("Exit 1 when a finding is at or above");
        var noPlots = new Option<bool>("--no-plots") { Description = "Skip rendering plots" };
        var svg = new Option<bool>("--svg") { Description = "Also write each full-size plot as SVG beside its PNG" };
        var maxPlots = new Option<int>("--max-plots")
        {
            Description = "Full-size plots for the N most severe findings' plots; the next N as thumbnails, the rest skipped; at most N overview plots",
            DefaultValueFactory = _ => PlotPlan.DefaultMaxPlots,
        };
        var baseline = new Option<FileInfo?>("--baseline") { Description = "A previous findings.json: mark findings new / persisting and list resolved ones" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only the verdict line on stdout (errors still on stderr)" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also list ingest diagnostics and per-phase timings (on stderr)" };
        var seed = CommonOptions.Seed();
        var cache = CommonOptions.Cache();
        var command = new Command("analyze", "Analyse runs and write report.md, report.html, findings.json, findings.sarif and plots")
        {
            paths, output, config, format, failOn, noPlots, svg, maxPlots, baseline, quiet, verbose, seed, cache,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(quiet) && parse.GetValue(verbose))
            {
                throw new UsageException("--quiet and --verbose exclude each other");
            }

            var settings = new AnalyzeSettings(
                parse.GetValue(paths)!,
                parse.GetValue(output)!.FullName,
                parse.GetValue(config),
                parse.GetValue(format)!,
                parse.GetValue(failOn)!,
                parse.GetValue(noPlots),
                parse.GetValue(svg),
                parse.GetValue(maxPlots),
                parse.GetValue(baseline)?.ToString(),
                parse.GetValue(seed),
                parse.GetValue(quiet) ? Verbosity.Quiet : parse.GetValue(verbose) ? Verbosity.Verbose : Verbosity.Normal)
            {
                Cache = parse.GetValue(cache),
            };
            var terminal = new Terminal(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, settings.Verbosity, environment);
            return Run(settings, terminal);
        });
        return command;
    }

    private static int Run(AnalyzeSettings settings, Terminal terminal)
    {
        if (settings.MaxPlots < 0)
        {
            throw new UsageException($"--max-plots must be 0 or more (got {settings.MaxPlots})");
        }

        var exporters = Exporters(settings.Formats);
        Baseline? previous = settings.Baseline is null ? null : ReadBaseline(settings.Baseline);
        RunSet runs = terminal.Phase("ingest", () =>
        {
            using IngestProgress? progress = terminal.IngestProgress();
            return InputLoader.Load(settings.Paths, settings.Config, progress, settings.Cache);
        });
        terminal.Diagnostics(runs);
        var analysis = new AnalysisOptions(Seed: settings.Seed) { MaxOverviewPlots = settings.MaxPlots };
        AnalysisResult result = terminal.Phase("analyze", () => Analyzer.Analyze(runs, analysis, paths: settings.Paths));
        var report = new Report(result)
        {
            Baseline = previous is null ? null : BaselineComparison.Compare(result, previous),
            Plots = settings.NoPlots ? PlotPlan.Unlimited : PlotPlan.For(result, settings.MaxPlots),
            FailOn = CommonOptions.Threshold(settings.FailOn),
        };
        if (exporters is [VerdictExporter verdict])
        {
            // --format verdict alone: its one JSON line is all stdout carries, and nothing is written to --out.
            verdict.Write(report, terminal.Output);
            return Exit(report);
        }

        try
        {
            if (!settings.NoPlots)
            {
                report = terminal.Phase("plots", () => ReportWriter.WritePlots(report, settings.OutDir, ReportPlotRenderer.Default, settings.Svg));
            }

            terminal.Phase("reports", () =>
            {
                ReportWriter.Write(report, settings.OutDir, exporters);
                return 0;
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException
            || e is AggregateException { InnerException: IOException or UnauthorizedAccessException })
        {
            throw new UsageException($"cannot write the report to {settings.OutDir}: {(e.InnerException ?? e).Message}");
        }
        if (terminal.ShowsSummary)
        {
            Summary.Write(report, settings.OutDir, exporters, settings.NoPlots, terminal.Output);
        }
        else
        {
            Summary.WriteVerdict(result, terminal.Output);
        }

        return Exit(report);
    }

    private static Baseline ReadBaseline(string path)
    {
        try
        {
            return BaselineReader.Read(path);
        }
        catch (BaselineException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>The exporters --format names, each once (a name given twice would write its file twice at once).</summary>
    private static List<IExporter> Exporters(string formats) =>
        [.. FormatNames.Many(formats, ExporterNames).Select(name => DefaultExporters.All.First(e => e.Name == name))];

    private static int Exit(Report report) => report.Fails ? ExitCodes.Findings : ExitCodes.Ok;
}
