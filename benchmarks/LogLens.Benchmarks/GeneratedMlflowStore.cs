using System.Globalization;
using Microsoft.Data.Sqlite;

namespace LogLens.Benchmarks;

/// <summary>
/// A deterministic MLflow SQLite store (MLflow 2.x schema with its run_uuid index): one experiment, <c>runs</c> runs
/// with 3 params and a run name each, 4 metrics logged together at every step for <c>rowsPerRun / 4</c> steps, in
/// MLflow's logging order (run by run, step by step). 100,000 runs × 100 rows is 10M metric rows, about 1.8 GB.
/// </summary>
public static class GeneratedMlflowStore
{
    private static readonly string[] Keys = ["train/loss", "eval/loss", "eval/accuracy", "learning_rate"];

    /// <summary>Writes <c>mlflow.db</c> under <paramref name="folder"/> (once; reused when it is complete) and returns its path.</summary>
    public static string Write(string folder, int runs, int rowsPerRun)
    {
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "mlflow.db");
        string done = path + ".complete";
        if (File.Exists(done))
        {
            return path;
        }

        File.Delete(path);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            connection.Open();
            Execute(connection, """
                PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
                CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
                INSERT INTO alembic_version VALUES ('867495a8f9d4');
                CREATE TABLE experiments (experiment_id INTEGER NOT NULL, name VARCHAR(256) NOT NULL, artifact_location VARCHAR(256),
                    lifecycle_stage VARCHAR(32), creation_time BIGINT, last_update_time BIGINT, CONSTRAINT experiment_pk PRIMARY KEY (experiment_id), UNIQUE (name));
                INSERT INTO experiments VALUES (1, 'bench', '', 'active', 0, 0);
                CREATE TABLE runs (run_uuid VARCHAR(32) NOT NULL, name VARCHAR(250), source_type VARCHAR(20), source_name VARCHAR(500),
                    entry_point_name VARCHAR(50), user_id VARCHAR(256), status VARCHAR(9), start_time BIGINT, end_time BIGINT, source_version VARCHAR(50),
                    lifecycle_stage VARCHAR(20), artifact_uri VARCHAR(200), experiment_id INTEGER, deleted_time BIGINT, CONSTRAINT run_pk PRIMARY KEY (run_uuid));
                CREATE TABLE metrics ("key" VARCHAR(250) NOT NULL, value FLOAT NOT NULL, timestamp BIGINT NOT NULL, run_uuid VARCHAR(32) NOT NULL,
                    step BIGINT DEFAULT '0' NOT NULL, is_nan BOOLEAN DEFAULT '0' NOT NULL, CONSTRAINT metric_pk PRIMARY KEY ("key", timestamp, step, run_uuid, value, is_nan));
                CREATE INDEX index_metrics_run_uuid ON metrics (run_uuid);
                CREATE TABLE params ("key" VARCHAR(250) NOT NULL, value VARCHAR(8000) NOT NULL, run_uuid VARCHAR(32) NOT NULL, CONSTRAINT param_pk PRIMARY KEY ("key", run_uuid));
                CREATE INDEX index_params_run_uuid ON params (run_uuid);
                CREATE TABLE tags ("key" VARCHAR(250) NOT NULL, value VARCHAR(5000), run_uuid VARCHAR(32) NOT NULL, CONSTRAINT tag_pk PRIMARY KEY ("key", run_uuid));
                CREATE INDEX index_tags_run_uuid ON tags (run_uuid);
                BEGIN;
                """);
            using SqliteCommand run = Prepare(connection, "INSERT INTO runs (run_uuid, name, status, start_time, end_time, lifecycle_stage, experiment_id) VALUES ($u, $n, 'FINISHED', 0, 1, 'active', 1)", "$u", "$n");
            using SqliteCommand param = Prepare(connection, "INSERT INTO params VALUES ($k, $v, $u)", "$k", "$v", "$u");
            using SqliteCommand tag = Prepare(connection, "INSERT INTO tags VALUES ('mlflow.runName', $v, $u)", "$v", "$u");
            using SqliteCommand metric = Prepare(connection, "INSERT INTO metrics VALUES ($k, $v, $t, $u, $s, 0)", "$k", "$v", "$t", "$u", "$s");
            var random = new Random(20260101);
            long time = 1_700_000_000_000;
            for (int r = 0; r < runs; r++)
            {
                byte[] id = new byte[16];
                random.NextBytes(id);
                string uuid = Convert.ToHexStringLower(id);
                string name = "run-" + (r % 1000).ToString(CultureInfo.InvariantCulture); // names repeat, as in real stores
                Run(run, uuid, name);
                Run(tag, name, uuid);
                Run(param, "lr", (1e-4 * (1 + (r % 10))).ToString("R", CultureInfo.InvariantCulture), uuid);
                Run(param, "seed", (r % 5).ToString(CultureInfo.InvariantCulture), uuid);
                Run(param, "batch_size", "32", uuid);
                for (int step = 0; step < rowsPerRun / Keys.Length; step++)
                {
                    double decay = Math.Exp(-step / 10.0);
                    double[] values = [0.5 + decay + (0.01 * random.NextDouble()), 0.6 + decay + (0.01 * random.NextDouble()), 0.9 - (0.5 * decay), 1e-4 * decay];
                    for (int k = 0; k < Keys.Length; k++)
                    {
                        Run(metric, Keys[k], values[k], time++, uuid, step);
                    }
                }
            }

            Execute(connection, "COMMIT");
        }

        File.WriteAllText(done, "");
        return path;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] names)
    {
        SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (string name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
