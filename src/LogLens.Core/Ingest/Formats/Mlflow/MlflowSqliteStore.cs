using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace LogLens.Core.Ingest.Formats.Mlflow;

/// <summary>
/// One MLflow SQLite store as discovery finds it: its schema, the runs to read (named, see <see cref="MlflowSqliteNames"/>)
/// and what was skipped (deleted runs and experiments, FAILED runs that logged no metric). The runs' params and metrics
/// are read once for the whole store, by the first of its runs to be read (<see cref="Contents"/>), and are not read at
/// all when every run comes from the run cache.
/// </summary>
internal sealed class MlflowSqliteStore
{
    private readonly Lazy<MlflowSqliteContents> contents;

    private MlflowSqliteStore(string path, MlflowSqliteSchema schema, ImmutableArray<MlflowSqliteRun> runs, ImmutableArray<LayoutNotice> notices)
    {
        Path = path;
        Schema = schema;
        Runs = runs;
        Notices = notices;
        contents = new Lazy<MlflowSqliteContents>(() => MlflowSqliteContents.Load(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The store file (full path).</summary>
    public string Path { get; }

    public MlflowSqliteSchema Schema { get; }

    /// <summary>The runs to read, in run_uuid order.</summary>
    public ImmutableArray<MlflowSqliteRun> Runs { get; }

    /// <summary>What discovery reports about the runs it skipped.</summary>
    public ImmutableArray<LayoutNotice> Notices { get; }

    /// <summary>Every run's params, tags and metrics, read on first use (thread-safe; never throws).</summary>
    public MlflowSqliteContents Contents => contents.Value;

    /// <summary>
    /// (store, null) for an MLflow store; (null, notice) for a file that should be one but cannot be read (damaged,
    /// locked, wrong schema); (null, null) for any other SQLite database. Never throws.
    /// </summary>
    public static (MlflowSqliteStore? Store, LayoutNotice? Problem) Open(string path)
    {
        try
        {
            using SqliteConnection connection = MlflowSqliteFile.Open(path);
            (MlflowSqliteSchema? schema, string? problem) = MlflowSqliteSchema.Read(connection);
            if (schema is null)
            {
                return problem is not null ? (null, new LayoutNotice(IngestCodes.UnreadableFile, path, problem))
                    : MlflowSqliteFile.NamedLikeStore(path) ? (null, new LayoutNotice(IngestCodes.UnreadableFile, path,
                        "named like an MLflow store but a SQLite database without MLflow's tables (" + string.Join(", ", MlflowSqliteSchema.Tables)
                            + "); not read"))
                    : (null, null);
            }

            List<MlflowSqliteRun> all = ReadRuns(connection, schema);
            return (Classify(path, schema, all), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, new LayoutNotice(IngestCodes.UnreadableFile, path, Describe(e) + "; no runs read from this store"));
        }
    }

    /// <summary>What went wrong reading a store, in the user's terms.</summary>
    public static string Describe(Exception e) => e switch
    {
        SqliteException { SqliteErrorCode: 5 or 6 } => string.Create(CultureInfo.InvariantCulture,
            $"MLflow SQLite store is locked by a writer (still busy after {MlflowSqliteFile.BusySeconds} s)"),
        SqliteException { SqliteErrorCode: 8 } =>
            "MLflow SQLite store has a hot -journal (its writer crashed mid-transaction), which only a writer may roll back: "
            + "open it once with MLflow or sqlite3 to recover it",
        SqliteException { SqliteErrorCode: 26 } => "not a SQLite database (damaged, truncated or encrypted?)",
        SqliteException { SqliteErrorCode: 11 } => "SQLite database is damaged or truncated (" + e.Message + ")",
        SqliteException => "SQLite database could not be read (" + e.Message + ")",
        _ => $"MLflow SQLite store could not be read ({e.GetType().Name}: {e.Message})",
    };

    private static List<MlflowSqliteRun> ReadRuns(SqliteConnection connection, MlflowSqliteSchema schema)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT r.run_uuid, {schema.Column("runs", "r", "name", "NULL")}, r.status, {schema.Column("runs", "r", "end_time", "NULL")},
                {schema.Column("runs", "r", "lifecycle_stage", "'active'")}, r.experiment_id, e.name, {schema.Column("experiments", "e",
                    "lifecycle_stage", "'active'")},
                (SELECT t.value FROM tags t WHERE t.run_uuid = r.run_uuid AND t.key = 'mlflow.runName'),
                (SELECT t.value FROM tags t WHERE t.run_uuid = r.run_uuid AND t.key = 'mlflow.parentRunId'),
                CASE WHEN r.status = 'FAILED' THEN EXISTS (SELECT 1 FROM metrics m WHERE m.run_uuid = r.run_uuid) ELSE 1 END
            FROM runs r LEFT JOIN experiments e ON e.experiment_id = r.experiment_id
            WHERE r.run_uuid IS NOT NULL
            ORDER BY r.run_uuid
            """;
        using SqliteDataReader reader = command.ExecuteReader();
        var runs = new List<MlflowSqliteRun>();
        while (reader.Read())
        {
            string experimentId = Text(reader, 5) ?? "";
            bool experimentDeleted = IsDeleted(Text(reader, 7));
            runs.Add(new MlflowSqliteRun(
                Uuid: reader.GetString(0),
                Name: NonEmpty(Text(reader, 8)) ?? NonEmpty(Text(reader, 1)),
                Status: MlflowRunStatus.Name(Text(reader, 2)),
                Ended: !reader.IsDBNull(3),
                Deleted: IsDeleted(Text(reader, 4)) || experimentDeleted,
                ExperimentId: experimentId,
                Experiment: NonEmpty(Text(reader, 6)) ?? "experiment " + experimentId,
                ExperimentDeleted: experimentDeleted,
                Parent: NonEmpty(Text(reader, 9)),
                HasMetrics: reader.IsDBNull(10) || reader.GetInt64(10) != 0));
        }

        return runs;
    }

    private static MlflowSqliteStore Classify(string path, MlflowSqliteSchema schema, List<MlflowSqliteRun> all)
    {
        var notices = new List<LayoutNotice>();
        foreach (var experiment in all.Where(r => r.Deleted).GroupBy(r => r.ExperimentId, StringComparer.Ordinal))
        {
            MlflowSqliteRun first = experiment.First();
            notices.Add(MlflowStoreNotices.DeletedRuns(path, first.Experiment, first.ExperimentDeleted, [.. experiment.Select(r => (r.Uuid, r.Name))]));
        }

        var failed = all.Where(r => !r.Deleted && !r.HasMetrics).ToList();
        if (failed.Count > 0)
        {
            notices.Add(new LayoutNotice(IngestCodes.PartialFile, path, string.Create(CultureInfo.InvariantCulture,
                $"{failed.Count} FAILED run(s) that logged no metric skipped (they failed before training reported anything): "
                + $"{MlflowStoreNotices.List([.. failed.Select(r => (r.Uuid, r.Name))])}")));
        }

        ImmutableArray<MlflowSqliteRun> runs = [.. MlflowSqliteNames.Apply([.. all.Where(r => !r.Deleted && r.HasMetrics)])];
        return new MlflowSqliteStore(path, schema, runs, [.. notices]);
    }

    /// <summary>A column as text whatever SQLite stored in it (integer, real, text), null for NULL.</summary>
    internal static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static bool IsDeleted(string? stage) => string.Equals(stage, "deleted", StringComparison.OrdinalIgnoreCase);
}
