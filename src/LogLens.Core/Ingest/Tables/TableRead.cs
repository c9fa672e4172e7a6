using LogLens.Core.Ingest.Formats;

namespace LogLens.Core.Ingest.Tables;

/// <summary>What a format makes of a <see cref="RunsTable"/>'s rows.</summary>
/// <param name="Runs">The runs, in row order.</param>
/// <param name="Skipped">Failed rows without any metric: reported in one LL002, not runs.</param>
/// <param name="Notices">Rows that could not be runs (no id, a repeated id), with their lines.</param>
internal sealed record TableRead(IReadOnlyList<TableRun> Runs, IReadOnlyList<TableRun> Skipped, IReadOnlyList<LayoutNotice> Notices);
