using System.Collections.Frozen;
using LogLens.Core.Findings;

namespace LogLens.Core.Detection;

/// <summary>
/// Multiplicity across a checklist question (docs/methods.md, "Multiplicity"). A question is answered yes as soon as
/// any of its detectors flags a problem, so the false-discovery rate has to hold over all of them, not only inside
/// each one. Each detector keeps Benjamini–Hochberg inside its own family (detector × folder × metric) and rejects at
/// α / D, where D counts the question's rejection-flagging test families among the analysis's detectors. Since the
/// false-discovery proportion of a union is at most the sum of its families' proportions, the question's FDR is at
/// most D · α / D = α, whatever the dependence between detectors.
/// </summary>
internal static class QuestionFamilies
{
    /// <summary>
    /// The test families whose rejection raises a code. LL301 and LL304 test two families each (a proxy that improves
    /// or worsens; a checkpoint or a config picked by the proxy). Codes flagged when a test does <i>not</i> reject
    /// (LL402, LL503, LL601, LL602) or by a threshold (LL302, LL605) are absent: a smaller α would make them fire more.
    /// LL603/LL604 are the two tails of one per-dataset comparison that <c>compare</c> runs with the same α.
    /// </summary>
    private static readonly FrozenDictionary<FindingDescriptor, int> Families = new Dictionary<FindingDescriptor, int>
    {
        [FindingCatalog.GainOnlyOnFrequentSlice] = 1,
        [FindingCatalog.ProxyBusinessDivergence] = 2,
        [FindingCatalog.ProxyAntiCorrelated] = 1,
        [FindingCatalog.SelectionRegret] = 2,
        [FindingCatalog.RuleSliceViolated] = 1,
        [FindingCatalog.OverAnswering] = 1,
        [FindingCatalog.RetrievalDominates] = 1,
        [FindingCatalog.TopKConflict] = 1,
    }.ToFrozenDictionary();

    /// <summary>The number of rejection-flagging test families of <paramref name="question"/> among <paramref name="descriptors"/>.</summary>
    public static int Count(Question question, IEnumerable<FindingDescriptor> descriptors) =>
        descriptors.Distinct().Where(d => d.Question == question).Sum(d => Families.GetValueOrDefault(d));

    /// <summary>The level at which <paramref name="descriptor"/>'s tests reject: α divided by its question's family count.</summary>
    public static double Alpha(double alpha, FindingDescriptor descriptor, IEnumerable<FindingDescriptor> descriptors) =>
        Families.ContainsKey(descriptor) ? alpha / Math.Max(1, Count(descriptor.Question, descriptors)) : alpha;
}
