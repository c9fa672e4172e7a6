using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Configuration;
using LogLens.Core.Findings;
using LogLens.Core.Plots;

namespace LogLens.Core.Comparison;

/// <summary>
/// LL604 SignFlip and LL603 GainDoesNotGeneralize from a per-dataset comparison (docs/methods.md).
/// <list type="bullet">
/// <item>LL604: some dataset significantly better and another significantly worse (|Δ| ≥ δ). "No sign flip" is
/// the union of "no dataset better" and "no dataset worse"; rejecting each one-sided family (one-sided
/// t p, BH over the datasets, q ≤ α) is an intersection–union test of level α (Berger 1982). The
/// two-sided table q would test at α/2 per direction and miss most ±1.5σ flips at 5 seeds.</item>
/// <item>LL603 (only when LL604 does not fire: a sign flip is the stronger statement of the same subject):
/// a gain that is significant somewhere but not consistent across datasets (neither the sign test nor
/// the Wilcoxon test has p &lt; α), or a positive mean Δ with a significantly worse dataset.
/// "Either test p ≥ α" would flag a real +1σ gain on 8 of 8 datasets about a third of the time (7 of 8
/// wins has sign p = 0.07), and without "significant somewhere" a selected winner under pure noise
/// would always be flagged.</item>
/// </list>
/// Needs at least two datasets.
/// </summary>
internal static class GainFindings
{
    public static IEnumerable<Finding> Detect(
        string metric, string candidate, string baseline, ImmutableArray<DatasetComparison> rows, WinLossTally summary, Thresholds thresholds)
    {
        if (summary.Datasets < 2)
        {
            yield break;
        }

        var better = rows.Where(r => r.QBetter <= thresholds.Alpha && r.Delta >= thresholds.BusinessDelta).Select(r => r.Dataset).ToList();
        var worse = rows.Where(r => r.QWorse <= thresholds.Alpha && r.Delta <= -thresholds.BusinessDelta).Select(r => r.Dataset).ToList();

        var subject = new Subject(Config: $"{candidate} vs {baseline}", Metric: metric);
        string tests = Format(
            $"wins {summary.Wins} of {summary.Datasets} (sign {MessageNumbers.P(summary.SignP)}, Wilcoxon {MessageNumbers.P(summary.WilcoxonP)})");
        if (better.Count > 0 && worse.Count > 0)
        {
            string message = $"{candidate} vs {baseline} on {metric}: significantly better on {string.Join(", ", better)} but significantly worse on "
                + $"{string.Join(", ", worse)}";
            yield return Finding.Create(FindingCatalog.SignFlip, subject, message,
                BuildEvidence(candidate, baseline, rows, summary, better, worse),
                Plot(FindingCatalog.SignFlip, metric, candidate, baseline, rows, tests));
        }
        // A gain significant on every dataset generalises even when there are too few datasets for the
        // sign test to reach α (4 of 4 wins gives p = .125): only a partial gain is a finding.
        else if ((better.Count > 0 && better.Count < rows.Length && !summary.ConsistentGain(thresholds.Alpha)) || (summary.MeanDelta > 0 && worse.Count > 0))
        {
            string where = better.Count > 0 ? $"better only on {string.Join(", ", better)}" : $"worse on {string.Join(", ", worse)}";
            string message = $"The gain of {candidate} over {baseline} on {metric} does not generalize: {where}; {tests}";
            yield return Finding.Create(FindingCatalog.GainDoesNotGeneralize, subject, message,
                BuildEvidence(candidate, baseline, rows, summary, better, worse),
                Plot(FindingCatalog.GainDoesNotGeneralize, metric, candidate, baseline, rows, tests));
        }
    }

    private static Evidence BuildEvidence(
        string candidate, string baseline, ImmutableArray<DatasetComparison> rows, WinLossTally s, List<string> better, List<string> worse) =>
        Evidence.Of(
            ("candidate", candidate),
            ("baseline", baseline),
            ("datasets", s.Datasets),
            ("wins", s.Wins),
            ("losses", s.Losses),
            ("ties", s.Ties),
            ("mean_delta", s.MeanDelta),
            ("sign_p", s.SignP),
            ("wilcoxon_p", s.WilcoxonP),
            ("better", string.Join(", ", better)),
            ("worse", string.Join(", ", worse)),
            ("dataset_names", string.Join(", ", rows.Select(r => r.Dataset))),
            ("deltas", rows.Select(r => r.Delta).ToArray()),
            ("q", rows.Select(r => r.Q).ToArray()),
            ("q_better", rows.Select(r => r.QBetter).ToArray()),
            ("q_worse", rows.Select(r => r.QWorse).ToArray()));

    private static PlotSpec Plot(
        FindingDescriptor descriptor, string metric, string candidate, string baseline, ImmutableArray<DatasetComparison> rows, string note) =>
        new(descriptor.PlotName($"{metric}-{candidate}"), PlotKind.Forest, descriptor.PlotTitle($"{candidate} vs {baseline} on {metric}, per dataset"),
            "dataset", $"Δ {metric} (candidate − baseline, better direction, 95% CI)")
        {
            Categories = [.. rows.Select(r => new PlotCategory(
                r.Dataset, r.Delta, r.DeltaCi.Low, r.DeltaCi.High, [], (r.QBetter <= 0.05 && r.Delta > 0) || (r.QWorse <= 0.05 && r.Delta < 0)))],
            ReferenceLine = 0,
            Note = note,
        };

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
