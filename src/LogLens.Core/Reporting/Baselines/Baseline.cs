using System.Collections.Immutable;

namespace LogLens.Core.Reporting.Baselines;

/// <summary>A previous findings.json, read by <see cref="BaselineReader"/>.</summary>
/// <param name="Path">The path as the user gave it (written into the reports).</param>
/// <param name="Findings">Its findings, in the file's order, unique by id.</param>
public sealed record Baseline(string Path, ImmutableArray<BaselineFinding> Findings)
{
    /// <summary>The schema id at the top of a findings.json: what the JSON exporter writes and a baseline must carry.</summary>
    public const string Schema = "loglens.findings/v1";
}
