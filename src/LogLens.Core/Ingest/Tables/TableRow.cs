using System.Collections.Immutable;

namespace LogLens.Core.Ingest.Tables;

/// <summary>One row of a <see cref="RunsTable"/>: the line it starts on and its cells, as many as the header has.</summary>
internal sealed record TableRow(long Line, ImmutableArray<string> Cells);
