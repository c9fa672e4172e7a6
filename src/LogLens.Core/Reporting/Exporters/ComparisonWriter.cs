using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using LogLens.Core.Comparison;
using LogLens.Core.Findings;
using LogLens.Core.Statistics;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>The output of `loglens compare`: a per-dataset table and the verdict on generalisation.</summary>
internal static class ComparisonWriter
{
    /// <summary>A terminal table.</summary>
    public static void WriteText(ComparisonResult result, TextWriter w)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(w);
        w.WriteLine($"Metric {result.Metric} ({(result.HigherIsBetter ? "higher" : "lower")} is better); Δ > 0 means the candidate is better");
        w.WriteLine($"  baseline:  {result.Baseline} ({result.BaselineRuns.Length} runs)");
        w.WriteLine($"  candidate: {result.Candidate} ({result.CandidateRuns.Length} runs)");
        w.WriteLine();
        if (result.Datasets.IsEmpty)
        {
            w.WriteLine("  No run-level scores on both sides: compared on the samples only.");
        }
        else
        {
            w.WriteLine($"  {"dataset",-18} {"n B/C",7} {"baseline",9} {"candidate",9} {"Δ",9} {"95% CI",21} {"P(C>B)",7} {"q (1-s)",7}  outcome");
            foreach (DatasetComparison d in result.Datasets)
            {
                w.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  {d.Dataset,-18} {d.NBaseline + "/" + d.NCandidate,7} {d.MeanBaseline,9:0.0000} {d.MeanCandidate,9:0.0000} {d.Delta,9:+0.0000;-0.0000} "
                    + $"{Ci(d.DeltaCi, "n/a (seeds)"),21} {Cell(d.ProbabilityOfImprovement, "0.00"),7} {Cell(Math.Min(d.QBetter, d.QWorse), "0.000"),7}  "
                        + $"{(d.Outcome == DatasetOutcome.Undefined ? "needs 2+ seeds a side" : d.Outcome.ToString())}"));
            }
        }

        if (!result.Prompts.IsEmpty)
        {
            w.WriteLine();
            w.WriteLine("  Paired by prompt (samples both sides answered; the CI covers the prompts, not seed noise):");
            w.WriteLine($"  {"dataset",-18} {"prompts",7} {"baseline",9} {"candidate",9} {"Δ",9} {"95% CI",21} {"q (1-s)",7}  outcome");
            foreach (PromptComparison p in result.Prompts)
            {
                w.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  {p.Dataset,-18} {p.Prompts,7} {p.MeanBaseline,9:0.0000} {p.MeanCandidate,9:0.0000} {p.Delta,9:+0.0000;-0.0000} "
                    + $"{Ci(p.DeltaCi, "n/a"),21} {Cell(Math.Min(p.QBetter, p.QWorse), "0.000"),7}  {p.Outcome} ({p.Metric})"));
            }
        }

        foreach (string warning in result.Warnings)
        {
            w.WriteLine("warning: " + warning);
        }

        WinLossTally o = result.Overall;
        if (result.Datasets.IsEmpty)
        {
            return;
        }

        w.WriteLine();
        w.WriteLine(
            string.Create(CultureInfo.InvariantCulture,
                $"Overall: wins {o.Wins}, losses {o.Losses}, ties {o.Ties} of {o.Datasets}; mean Δ {o.MeanDelta:+0.0000;-0.0000}; sign test p "
                + $"{Cell(o.SignP, "0.000")}; Wilcoxon p {Cell(o.WilcoxonP, "0.000")}"));
        foreach (Finding f in result.Findings)
        {
            w.WriteLine($"{f.Code} {f.Descriptor.Name}: {f.Message}");
        }

        if (result.Findings.IsEmpty)
        {
            w.WriteLine(o.ConsistentGain(0.05) ? "The gain holds across datasets." : "No consistent gain across datasets.");
        }
    }

    private static string Ci(Interval ci, string missing) =>
        double.IsFinite(ci.Low) && double.IsFinite(ci.High)
            ? string.Create(CultureInfo.InvariantCulture, $"[{ci.Low:0.0000}, {ci.High:0.0000}]")
            : missing;

    private static string Cell(double value, string format) => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "n/a";

    /// <summary>JSON with a "findings" array in findings.json's shape.</summary>
    public static void WriteJson(ComparisonResult result, TextWriter w)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(w);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("schema", "loglens.compare/v1");
            json.WriteString("metric", result.Metric);
            json.WriteBoolean("higherIsBetter", result.HigherIsBetter);
            json.WriteString("baseline", result.Baseline);
            json.WriteString("candidate", result.Candidate);
            JsonValues.WriteStrings(json, "baselineRuns", result.BaselineRuns);
            JsonValues.WriteStrings(json, "candidateRuns", result.CandidateRuns);
            JsonValues.WriteStrings(json, "warnings", result.Warnings);
            json.WriteBoolean("candidateWorse", result.CandidateWorse);
            json.WriteStartArray("datasets");
            foreach (DatasetComparison d in result.Datasets)
            {
                json.WriteStartObject();
                json.WriteString("dataset", d.Dataset);
                Number(json, "nBaseline", d.NBaseline);
                Number(json, "nCandidate", d.NCandidate);
                Number(json, "meanBaseline", d.MeanBaseline);
                Number(json, "meanCandidate", d.MeanCandidate);
                Number(json, "delta", d.Delta);
                json.WritePropertyName("deltaCi95");
                JsonValues.Write(json, new[] { d.DeltaCi.Low, d.DeltaCi.High });
                Number(json, "pImprovement", d.ProbabilityOfImprovement);
                json.WritePropertyName("pImprovementCi95");
                JsonValues.Write(json, new[] { d.ProbabilityCi.Low, d.ProbabilityCi.High });
                Number(json, "p", d.P);
                Number(json, "q", d.Q);
                json.WriteString("outcome", JsonValues.Lower(d.Outcome));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("prompts");
            foreach (PromptComparison p in result.Prompts)
            {
                json.WriteStartObject();
                json.WriteString("dataset", p.Dataset);
                json.WriteString("metric", p.Metric);
                Number(json, "prompts", p.Prompts);
                Number(json, "meanBaseline", p.MeanBaseline);
                Number(json, "meanCandidate", p.MeanCandidate);
                Number(json, "delta", p.Delta);
                json.WritePropertyName("deltaCi95");
                JsonValues.Write(json, new[] { p.DeltaCi.Low, p.DeltaCi.High });
                Number(json, "p", p.P);
                Number(json, "qBetter", p.QBetter);
                Number(json, "qWorse", p.QWorse);
                json.WriteString("outcome", JsonValues.Lower(p.Outcome));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WinLossTally o = result.Overall;
            json.WriteStartObject("overall");
            Number(json, "datasets", o.Datasets);
            Number(json, "wins", o.Wins);
            Number(json, "losses", o.Losses);
            Number(json, "ties", o.Ties);
            Number(json, "meanDelta", o.MeanDelta);
            Number(json, "signP", o.SignP);
            Number(json, "wilcoxonP", o.WilcoxonP);
            json.WriteEndObject();
            json.WriteStartArray("findings");
            foreach (Finding finding in result.Findings)
            {
                JsonFinding.Write(json, finding);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        w.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        json.WritePropertyName(name);
        JsonValues.Write(json, value);
    }
}
