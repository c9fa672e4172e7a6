using System.CommandLine;
using LogLens.Core.Comparison;
using LogLens.Core.Detection;
using LogLens.Core.Model;
using LogLens.Core.Reporting;
using LogLens.Core.Reporting.Exporters;

namespace LogLens.Cli.Commands;

/// <summary>`loglens compare`: one A/B question answered per dataset with CIs, P(improvement) and LL603/LL604.</summary>
internal static class CompareCommand
{
    private static readonly string[] Formats = ["text", "json"];

    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var baseline = new Option<string>("--baseline") { Description = "Params selecting the baseline runs, e.g. learning_rate=1e-4,lora_r=8",
            Required = true };
        var candidate = new Option<string>("--candidate") { Description = "Params selecting the candidate runs", Required = true };
        var metric = new Option<string?>("--metric") { Description = "Metric to compare (default: the first business metric)" };
        var config = CommonOptions.Config();
        var format = CommonOptions.Format("text", "text or json", Formats);
        var seed = CommonOptions.Seed();
        var command = new Command("compare", "Does the candidate beat the baseline on every dataset, beyond seed noise?") { paths, baseline, candidate, metric,
            config, format, seed };
        command.SetAction(parse =>
        {
            string chosen = FormatNames.One(parse.GetValue(format), Formats);
            RunSet runs = InputLoader.Load(parse.GetValue(paths)!, parse.GetValue(config));
            ComparisonResult result;
            try
            {
                result = AbComparison.Compare(runs, RunSelector.Parse(parse.GetValue(baseline)!), RunSelector.Parse(parse.GetValue(candidate)!),
                    parse.GetValue(metric), new AnalysisOptions(Seed: parse.GetValue(seed)));
            }
            catch (ComparisonException e)
            {
                throw new UsageException(e.Message);
            }

            TextWriter output = parse.InvocationConfiguration.Output;
            if (chosen == "json")
            {
                ComparisonWriter.WriteJson(result, output);
            }
            else
            {
                ComparisonWriter.WriteText(result, output);
            }

            // Like analyze's --fail-on: a candidate that is significantly worse somewhere fails the job.
            return result.CandidateWorse ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }
}
