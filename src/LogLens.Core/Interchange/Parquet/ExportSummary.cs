using System.Collections.Immutable;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>What an export wrote.</summary>
/// <param name="Runs">Runs exported.</param>
/// <param name="SeriesPoints">Series points ingested (summaries are computed from all of them).</param>
/// <param name="WrittenPoints">Series points written to series.parquet.</param>
/// <param name="ReducedSeries">Series longer than the budget, downsampled.</param>
/// <param name="Files">The files written (names in the export folder), in manifest order.</param>
/// <param name="Bytes">Total size of the files written.</param>
internal sealed record ExportSummary(int Runs, long SeriesPoints, long WrittenPoints, int ReducedSeries, ImmutableArray<string> Files, long Bytes);
