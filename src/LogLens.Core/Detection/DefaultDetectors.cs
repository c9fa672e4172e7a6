using System.Collections.Immutable;
using LogLens.Core.Detection.Detectors;

namespace LogLens.Core.Detection;

/// <summary>The detectors an analysis runs, listed explicitly (no reflection): order does not change output.</summary>
public static class DefaultDetectors
{
    /// <summary>The default list.</summary>
    public static ImmutableArray<IDetector> All { get; } =
    [
        IngestDiagnosticsDetector.Default,
        AssumedRolesDetector.Default,
        NoReplicateSeedsDetector.Default,
        NonFiniteLossDetector.Default,
        DivergedDetector.Default,
        OverfittingDetector.Default,
        PlateauDetector.Default,
        LossSpikesDetector.Default,
        StillImprovingDetector.Default,
        NotLearningDetector.Default,
        ProxyBusinessTrendDetector.Default,
        ProxyBusinessRankDetector.Default,
        SeedNoiseDetector.Default,
        WinnerWithinNoiseDetector.Default,
        GeneralizationDetector.Default,
        RankDisagreementDetector.Default,
        UnresponsiveSliceDetector.Default,
        FrequentSliceGainDetector.Default,
        SliceTooSmallDetector.Default,
        ConflictingLabelsDetector.Default,
        SampleInconsistencyDetector.Default,
        TuningSaturatedDetector.Default,
        RuleSliceDetector.Default,
        RefusalUnresponsiveDetector.Default,
        OverAnsweringDetector.Default,
        RetrievalDominatesDetector.Default,
        TopKConflictDetector.Default,
        GenerationTuningDetector.Default,
    ];
}
