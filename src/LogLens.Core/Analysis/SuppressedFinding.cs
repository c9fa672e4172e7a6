using LogLens.Core.Configuration;
using LogLens.Core.Findings;

namespace LogLens.Core.Analysis;

/// <summary>A finding that a loglens.yaml <c>suppress:</c> entry accepts (its plots are not drawn).</summary>
/// <param name="Finding">The finding.</param>
/// <param name="By">The entry that suppresses it.</param>
public sealed record SuppressedFinding(Finding Finding, Suppression By);
