using System.Collections.Immutable;
using LogLens.Core.Detection;
using LogLens.Core.Detection.Detectors;

namespace LogLens.Core.Analysis;

/// <summary>
/// The detectors an analysis runs, listed explicitly (no reflection). Order does not change output, but it is the
/// order the analysis starts them in on its cores: the costliest (those that test every run's curves) come first, so
/// that an analysis does not end with one core running a long detector alone.
/// </summary>
internal static class DefaultDetectors
{
    /// <summary>The default list.</summary>
    public static ImmutableArray<IDetector> All { get; } =
    [
        LossSpikesDetector.Default,
        DivergedDetector.Default,
        ProxyBusinessTrendDetector.Default,
        NotLearningDetector.Default,
        ProxyBusinessRankDetector.Default,
        WinnerWithinNoiseDetector.Default,
        TuningSaturatedDetector.Default,
        IngestDiagnosticsDetector.Default,
        AssumedRolesDetector.Default,
        NoReplicateSeedsDetector.Default,
        NoParamsDetector.Default,
        UnmatchedMetricsDetector.Default,
        RenamedMetricDetector.Default,
        NonFiniteLossDetector.Default,
        OverfittingDetector.Default,
        PlateauDetector.Default,
        StillImprovingDetector.Default,
        SeedNoiseDetector.Default,
        GeneralizationDetector.Default,
        RankDisagreementDetector.Default,
        UnresponsiveSliceDetector.Default,
        FrequentSliceGainDetector.Default,
        SliceTooSmallDetector.Default,
        ConflictingLabelsDetector.Default,
        SampleInconsistencyDetector.Default,
        RuleSliceDetector.Default,
        RefusalUnresponsiveDetector.Default,
        OverAnsweringDetector.Default,
        RetrievalDominatesDetector.Default,
        TopKConflictDetector.Default,
        GenerationTuningDetector.Default,
    ];
}
