using LogLens.Core.Model;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>params.parquet: run_id, key, value (invariant text, as ingested).</summary>
internal static class ParamsTableWriter
{
    public static async Task<long> WriteAsync(string path, IReadOnlyList<Run> runs, CancellationToken cancellationToken)
    {
        var id = new TextColumnBuffer("run_id");
        var key = new TextColumnBuffer("key");
        var value = new TextColumnBuffer("value");
        long rows = 0;
        await using TableFileWriter table = await TableFileWriter.CreateAsync(path, [id, key, value], cancellationToken).ConfigureAwait(false);
        foreach (Run run in runs)
        {
            foreach ((string k, string v) in run.Params)
            {
                id.Add(run.Id);
                key.Add(k);
                value.Add(v);
                rows++;
            }

            await table.EndRunAsync(cancellationToken).ConfigureAwait(false);
        }

        return rows;
    }
}
