using System.Globalization;
using Microsoft.Data.Sqlite;

namespace LogLens.Core.Ingest.Formats.Mlflow;

/// <summary>
/// The params, kept tags and full metric histories of every run of a store, read in one snapshot (a read transaction)
/// with one query per table. Metrics come from <c>metrics</c>, never <c>latest_metrics</c>, in one query ordered by
/// (run_uuid, key, step, timestamp, value) and streamed through <see cref="MlflowLatestPerStep"/>: one point per step,
/// MLflow's latest, into two shared columns. A NaN is <c>is_nan = 1</c> (the stored value means nothing); ±1.797e308
/// is how MLflow stores ±infinity and becomes it again. A read that fails part-way keeps what was read before.
/// </summary>
internal sealed class MlflowSqliteContents
{
    /// <summary>The tags kept as parameters, as the file store reader keeps them.</summary>
    public static readonly string[] KeptTags = ["mlflow.runName", "mlflow.parentRunId", "mlflow.source.git.commit"];

    private readonly Dictionary<string, MlflowSqliteRunData> runs;
    private double[] steps = new double[1024];
    private double[] values = new double[1024];

    private MlflowSqliteContents(IEnumerable<MlflowSqliteRun> read) =>
        runs = read.ToDictionary(r => r.Uuid, _ => new MlflowSqliteRunData(), StringComparer.Ordinal);

    /// <summary>Why reading stopped early, or null when everything was read.</summary>
    public string? Error { get; private set; }

    /// <summary>Metric rows read (before the reduction to one point per step).</summary>
    public long Rows { get; private set; }

    /// <summary>Points kept in the columns.</summary>
    public int Points { get; private set; }

    /// <summary>The steps of every series, each series a slice (<see cref="MlflowSqliteSeries"/>).</summary>
    public ReadOnlySpan<double> Steps => steps.AsSpan(0, Points);

    /// <summary>The values, parallel to <see cref="Steps"/>.</summary>
    public ReadOnlySpan<double> Values => values.AsSpan(0, Points);

    /// <summary>A run's data; empty when the run logged nothing.</summary>
    public MlflowSqliteRunData Of(string uuid) => runs.GetValueOrDefault(uuid) ?? new MlflowSqliteRunData();

    /// <summary>Reads the store's runs; never throws (a failure is <see cref="Error"/>).</summary>
    public static MlflowSqliteContents Load(MlflowSqliteStore store)
    {
        var contents = new MlflowSqliteContents(store.Runs);
        string table = "params";
        try
        {
            using SqliteConnection connection = MlflowSqliteFile.Open(store.Path);
            using SqliteTransaction snapshot = connection.BeginTransaction(deferred: true);
            contents.ReadPairs(connection, "SELECT run_uuid, key, value FROM params WHERE value IS NOT NULL", (run, key, value) => run.Params.Add((key, value)));
            table = "tags";
            contents.ReadPairs(connection, "SELECT run_uuid, key, value FROM tags WHERE value IS NOT NULL AND key IN ('" + string.Join("', '", KeptTags) + "')",
                (run, key, value) => run.Tags.Add((key, value)));
            table = "metrics";
            contents.ReadMetrics(connection, store.Schema);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            contents.Error = string.Create(CultureInfo.InvariantCulture,
                $"{MlflowSqliteStore.Describe(e)} while reading {table} (after {contents.Rows} metric rows); what was read before is kept, later runs may miss {table}");
        }

        return contents;
    }

    private void ReadPairs(SqliteConnection connection, string sql, Action<MlflowSqliteRunData, string, string> add)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (!reader.IsDBNull(0) && !reader.IsDBNull(1) && runs.TryGetValue(reader.GetString(0), out MlflowSqliteRunData? run))
            {
                add(run, reader.GetString(1), reader.GetString(2));
            }
        }
    }

    private void ReadMetrics(SqliteConnection connection, MlflowSqliteSchema schema)
    {
        string step = schema.Column("metrics", "m", "step", "0");
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT m.run_uuid, m.key, {step}, m.value, {schema.Column("metrics", "m", "is_nan", "0")}
            FROM metrics m WHERE m.run_uuid IS NOT NULL AND m.key IS NOT NULL
            ORDER BY m.run_uuid, m.key, {schema.OrderBy("metrics", "m", "step")}m.timestamp, m.value
            """;
        using SqliteDataReader reader = command.ExecuteReader();
        var run = new RowText(0);
        var key = new RowText(1);
        MlflowSqliteRunData? data = null;
        string? name = null;
        int start = 0;
        var latest = default(MlflowLatestPerStep);
        while (reader.Read())
        {
            Rows++;
            bool newRun = run.Changed(reader);
            if (newRun | key.Changed(reader))
            {
                Flush(data, name, start, ref latest);
                data = newRun ? runs.GetValueOrDefault(reader.GetString(0)) : data;
                name = data is null ? null : reader.GetString(1);
                start = Points;
            }

            if (data is not null && latest.Push(reader.GetInt64(2), Value(reader), out long doneStep, out double doneValue))
            {
                Append(doneStep, doneValue);
            }
        }

        Flush(data, name, start, ref latest);
    }

    private static double Value(SqliteDataReader reader)
    {
        if (!reader.IsDBNull(4) && reader.GetInt64(4) != 0)
        {
            return double.NaN;
        }

        double value = reader.GetDouble(3);
        return value == double.MaxValue ? double.PositiveInfinity : value == double.MinValue ? double.NegativeInfinity : value;
    }

    private void Flush(MlflowSqliteRunData? data, string? name, int start, ref MlflowLatestPerStep latest)
    {
        if (data is not null && name is not null)
        {
            if (latest.Finish(out long step, out double value))
            {
                Append(step, value);
            }

            data.Series.Add(new MlflowSqliteSeries(name, start, Points - start, latest.Repeated, latest.FirstRepeated));
        }

        latest = default;
    }

    private void Append(long step, double value)
    {
        if (Points == steps.Length)
        {
            Array.Resize(ref steps, steps.Length * 2);
            Array.Resize(ref values, values.Length * 2);
        }

        steps[Points] = step;
        values[Points++] = value;
    }

    /// <summary>
    /// One text column of the current row, compared with the previous row's as UTF-8 bytes, so the millions of rows of
    /// one run and key cost no string each.
    /// </summary>
    private sealed class RowText(int ordinal)
    {
        private byte[] last = new byte[64];
        private byte[] next = new byte[64];
        private long length = -1;

        public bool Changed(SqliteDataReader reader)
        {
            long size = reader.GetBytes(ordinal, 0, null, 0, 0);
            if (size > next.Length)
            {
                next = new byte[size];
            }

            reader.GetBytes(ordinal, 0, next, 0, (int)size);
            if (size == length && next.AsSpan(0, (int)size).SequenceEqual(last.AsSpan(0, (int)size)))
            {
                return false;
            }

            (last, next, length) = (next, last, size);
            return true;
        }
    }
}
