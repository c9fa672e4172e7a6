using LogLens.Core.Model;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>runs.parquet: run_id, formats (the run's formats, comma-joined).</summary>
internal static class RunsTableWriter
{
    public static async Task<long> WriteAsync(string path, IReadOnlyList<Run> runs, CancellationToken cancellationToken)
    {
        var id = new StringColumn("run_id");
        var formats = new StringColumn("formats");
        await using ParquetTableWriter table = await ParquetTableWriter.CreateAsync(path, [id, formats], cancellationToken).ConfigureAwait(false);
        foreach (Run run in runs)
        {
            id.Add(run.Id);
            formats.Add(string.Join(',', run.Formats));
        }

        return runs.Count;
    }
}
