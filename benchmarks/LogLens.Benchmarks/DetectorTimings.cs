using System.Diagnostics;
using System.Globalization;
using LogLens.Core.Analysis;
using LogLens.Core.Configuration;
using LogLens.Core.Detection;
using LogLens.Core.Ingest;

namespace LogLens.Benchmarks;

/// <summary>
/// `detectors FOLDER [repeats]`: where an analysis spends its time. Ingests the folder once, then times each
/// default detector in list order on a shared context, single-threaded (best of the repeats), and the whole parallel analysis.
/// </summary>
public static class DetectorTimings
{
    public static int Run(string[] args)
    {
        int repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var watch = Stopwatch.StartNew();
        IngestResult ingest = RunIngestor.Ingest([args[0]], LogLensConfig.Default);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingest: {watch.Elapsed.TotalSeconds:F2} s, {ingest.Runs.Length} runs; GC so far: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} gen0/1/2 collections, {GC.GetTotalPauseDuration().TotalSeconds:F2} s paused, {GC.GetTotalAllocatedBytes() / 1e6:F0} MB allocated"));
        var options = new AnalysisOptions();
        var best = new double[DefaultDetectors.All.Length];
        var findings = new int[best.Length];
        Array.Fill(best, double.MaxValue);
        for (int i = 0; i < repeats; i++)
        {
            // One context per repeat, as in an analysis: the first detector to ask for the shared loss curves and
            // checkpoint series pays for preparing them.
            var context = new AnalysisContext(ingest.RunSet, options);
            for (int d = 0; d < best.Length; d++)
            {
                watch.Restart();
                findings[d] = DefaultDetectors.All[d].Detect(context).Count();
                best[d] = Math.Min(best[d], watch.Elapsed.TotalSeconds);
            }
        }

        var rows = DefaultDetectors.All.Select((d, i) => (Codes: string.Join(",", d.Descriptors.Select(x => x.Code)),
            Seconds: best[i], Findings: findings[i])).ToList();
        foreach (var row in rows.OrderByDescending(r => r.Seconds))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Seconds,8:F3} s  {row.Findings,5} findings  {row.Codes}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sum of detectors: {rows.Sum(r => r.Seconds):F2} s"));
        watch.Restart();
        AnalysisResult result = Analyzer.Analyze(ingest.RunSet, options);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Analyzer.Analyze (parallel, incl. verdict and overview plots): {watch.Elapsed.TotalSeconds:F2} s, {result.Findings.Length} findings"));
        watch.Restart();
        Analyzer.Analyze(ingest.RunSet, options, []);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Analyzer.Analyze without detectors (verdict parameters, overview plots): {watch.Elapsed.TotalSeconds:F2} s"));
        return 0;
    }
}
