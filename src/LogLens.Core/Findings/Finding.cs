using System.Collections.Immutable;
using LogLens.Core.Plots;

namespace LogLens.Core.Findings;

/// <summary>One diagnosed problem: a catalog entry applied to a subject, with its evidence and plots.</summary>
public sealed record Finding(
    FindingDescriptor Descriptor,
    Subject Subject,
    string Message,
    Evidence Evidence,
    ImmutableArray<PlotSpec> Plots)
{
    /// <summary>Stable fingerprint: code + subject ("LL601:metric=eval/accuracy;dataset=digits").</summary>
    public string Id => Descriptor.Code + ":" + Subject.Key;

    /// <summary>The finding code.</summary>
    public string Code => Descriptor.Code;

    /// <summary>The severity.</summary>
    public Severity Severity => Descriptor.Severity;

    /// <summary>Creates a finding of a catalog entry, e.g. <c>Finding.Create(FindingCatalog.LossSpikes, subject, message)</c>.</summary>
    public static Finding Create(FindingDescriptor descriptor, Subject subject, string message, Evidence? evidence = null, params PlotSpec[] plots) =>
        new(descriptor, subject, message, evidence ?? Evidence.Empty, [.. plots]);
}
