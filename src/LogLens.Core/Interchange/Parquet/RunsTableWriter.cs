using LogLens.Core.Model;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>runs.parquet: run_id, formats (the run's formats, comma-joined).</summary>
internal static class RunsTableWriter
{
    public static async Task<long> WriteAsync(string path, IReadOnlyList<Run> runs, CancellationToken cancellationToken)
    {
        var id = new TextColumnBuffer("run_id");
        var formats = new TextColumnBuffer("formats");
        await using TableFileWriter table = await TableFileWriter.CreateAsync(path, [id, formats], cancellationToken).ConfigureAwait(false);
        foreach (Run run in runs)
        {
            id.Add(run.Id);
            formats.Add(string.Join(',', run.Formats));
        }

        return runs.Count;
    }
}
