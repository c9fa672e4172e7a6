using LogLens.Core.Model;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>Writes <see cref="ParamsTable"/>: each run's parameters, as ingested.</summary>
internal static class ParamsTableWriter
{
    public static async Task<long> WriteAsync(string directory, IReadOnlyList<Run> runs, CancellationToken cancellationToken)
    {
        var id = new TextColumnBuffer(ParamsTable.RunId);
        var key = new TextColumnBuffer(ParamsTable.Key);
        var value = new TextColumnBuffer(ParamsTable.Value);
        long rows = 0;
        await using TableFileWriter table =
            await TableFileWriter.CreateAsync(directory, ParamsTable.Schema, [id, key, value], cancellationToken).ConfigureAwait(false);
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
