using LogLens.Core.Model;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>Writes <see cref="RunsTable"/>: one row per run with its formats.</summary>
internal static class RunsTableWriter
{
    public static async Task<long> WriteAsync(string directory, IReadOnlyList<Run> runs, CancellationToken cancellationToken)
    {
        var id = new TextColumnBuffer(RunsTable.RunId);
        var formats = new TextColumnBuffer(RunsTable.Formats);
        await using TableFileWriter table =
            await TableFileWriter.CreateAsync(directory, RunsTable.Schema, [id, formats], cancellationToken).ConfigureAwait(false);
        foreach (Run run in runs)
        {
            id.Add(run.Id);
            formats.Add(string.Join(',', run.Formats));
        }

        return runs.Count;
    }
}
