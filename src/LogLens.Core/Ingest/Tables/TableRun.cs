using System.Collections.Immutable;

namespace LogLens.Core.Ingest.Tables;

/// <summary>What one row of a runs table gives its run: the final value of each metric, its parameters, status and study.</summary>
/// <param name="Suffix">Appended to the table's path to make the run id (e.g. "#trial-3").</param>
/// <param name="Line">The row's line, for diagnostics.</param>
/// <param name="Study">The study the table puts the run in (experiment, sweep, or the table itself).</param>
/// <param name="Status">The status as the tool writes it (FINISHED, FAIL, crashed...); null when the table has none.</param>
internal sealed record TableRun(string Suffix, long Line, string Study, string? Status)
{
    /// <summary>Parameters (key, value) in column order.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Params { get; init; } = [];

    /// <summary>Final metric values as the table writes them: (metric, column header, cell text), non-empty cells only.</summary>
    public ImmutableArray<(string Metric, string Column, string Text)> Metrics { get; init; } = [];

    /// <summary>The step the final values are put at (W&amp;B's summary <c>_step</c>; 0 when the table does not say).</summary>
    public double Step { get; init; }

    /// <summary>Why the run's values may still change (LL002), or null.</summary>
    public string? InProgress { get; init; }
}
