using Microsoft.Data.Sqlite;

namespace LogLens.Core.Tests.Ingest.Mlflow;

/// <summary>
/// Writes an MLflow SQLite tracking store the way MLflow 2.x lays it out (alembic 867495a8f9d4, the tables and
/// columns the reader uses; a <c>latest_metrics</c> table the reader must ignore). Older or wrong schemas take DDL.
/// </summary>
internal sealed class MlflowDbWriter : IDisposable
{
    public const string Schema = """
        CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
        INSERT INTO alembic_version VALUES ('867495a8f9d4');
        CREATE TABLE experiments (experiment_id INTEGER NOT NULL, name VARCHAR(256) NOT NULL, artifact_location VARCHAR(256),
            lifecycle_stage VARCHAR(32), creation_time BIGINT, last_update_time BIGINT, CONSTRAINT experiment_pk PRIMARY KEY (experiment_id), UNIQUE (name));
        CREATE TABLE runs (run_uuid VARCHAR(32) NOT NULL, name VARCHAR(250), source_type VARCHAR(20), source_name VARCHAR(500),
            entry_point_name VARCHAR(50), user_id VARCHAR(256), status VARCHAR(9), start_time BIGINT, end_time BIGINT, source_version VARCHAR(50),
            lifecycle_stage VARCHAR(20), artifact_uri VARCHAR(200), experiment_id INTEGER, deleted_time BIGINT, CONSTRAINT run_pk PRIMARY KEY (run_uuid));
        CREATE TABLE metrics ("key" VARCHAR(250) NOT NULL, value FLOAT NOT NULL, timestamp BIGINT NOT NULL, run_uuid VARCHAR(32) NOT NULL,
            step BIGINT DEFAULT '0' NOT NULL, is_nan BOOLEAN DEFAULT '0' NOT NULL, CONSTRAINT metric_pk PRIMARY KEY ("key", timestamp, step, run_uuid, value, is_nan));
        CREATE INDEX index_metrics_run_uuid ON metrics (run_uuid);
        CREATE TABLE latest_metrics ("key" VARCHAR(250) NOT NULL, value FLOAT NOT NULL, timestamp BIGINT, step BIGINT NOT NULL,
            is_nan BOOLEAN NOT NULL, run_uuid VARCHAR(32) NOT NULL, CONSTRAINT latest_metric_pk PRIMARY KEY ("key", run_uuid));
        CREATE TABLE params ("key" VARCHAR(250) NOT NULL, value VARCHAR(8000) NOT NULL, run_uuid VARCHAR(32) NOT NULL, CONSTRAINT param_pk PRIMARY KEY ("key", run_uuid));
        CREATE INDEX index_params_run_uuid ON params (run_uuid);
        CREATE TABLE tags ("key" VARCHAR(250) NOT NULL, value VARCHAR(5000), run_uuid VARCHAR(32) NOT NULL, CONSTRAINT tag_pk PRIMARY KEY ("key", run_uuid));
        CREATE INDEX index_tags_run_uuid ON tags (run_uuid);
        CREATE TABLE experiment_tags ("key" VARCHAR(250) NOT NULL, value VARCHAR(5000), experiment_id INTEGER NOT NULL);
        """;

    private readonly SqliteConnection connection;
    private long clock = 1_700_000_000_000;

    public MlflowDbWriter(string path, string schema = Schema, string journalMode = "DELETE")
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Sql("PRAGMA journal_mode = " + journalMode);
        Sql(schema);
    }

    public SqliteConnection Connection => connection;

    /// <summary>Creates a store, fills it and closes it (no -journal is left behind).</summary>
    public static string Create(TempFolder dir, string relative, Action<MlflowDbWriter> fill, string schema = Schema)
    {
        string path = Path.Combine(dir.Path, relative);
        using var writer = new MlflowDbWriter(path, schema);
        writer.Sql("BEGIN");
        fill(writer);
        writer.Sql("COMMIT");
        return path;
    }

    public void Sql(string sql, params object?[] args)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        for (int i = 0; i < args.Length; i++)
        {
            command.Parameters.AddWithValue("$" + i, args[i] ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }

    public MlflowDbWriter Experiment(int id, string name, string stage = "active")
    {
        Sql("INSERT INTO experiments VALUES ($0, $1, '', $2, 0, 0)", id, name, stage);
        return this;
    }

    public MlflowDbWriter Run(string uuid, int experiment, string? name, string status = "FINISHED", long? end = 1_700_000_100_000, string stage = "active", string? parent = null)
    {
        Sql("INSERT INTO runs (run_uuid, name, status, start_time, end_time, lifecycle_stage, experiment_id, source_type) VALUES ($0, $1, $2, 1700000000000, $3, $4, $5, 'LOCAL')",
            uuid, name, status, end, stage, experiment);
        if (name is not null)
        {
            Tag(uuid, "mlflow.runName", name);
        }

        if (parent is not null)
        {
            Tag(uuid, "mlflow.parentRunId", parent);
        }

        return this;
    }

    public MlflowDbWriter Param(string run, string key, string value)
    {
        Sql("INSERT INTO params VALUES ($0, $1, $2)", key, value, run);
        return this;
    }

    public MlflowDbWriter Tag(string run, string key, string value)
    {
        Sql("INSERT INTO tags VALUES ($0, $1, $2)", key, value, run);
        return this;
    }

    /// <summary>One metric row; timestamps increase by 1 ms per row unless given.</summary>
    public MlflowDbWriter Metric(string run, string key, double value, long step, long? timestamp = null, bool nan = false)
    {
        Sql("INSERT INTO metrics VALUES ($0, $1, $2, $3, $4, $5)", key, nan ? 0.0 : value, timestamp ?? clock++, run, step, nan ? 1 : 0);
        return this;
    }

    /// <summary>Values at steps 0, 1, 2, ...</summary>
    public MlflowDbWriter Metrics(string run, string key, params double[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            Metric(run, key, values[i], i);
        }

        return this;
    }

    public void Dispose() => connection.Dispose();
}
