using Microsoft.Data.Sqlite;

namespace LogLens.Core.Ingest.Formats.Mlflow;

/// <summary>
/// The parts of MLflow's tracking schema LogLens reads, checked with <c>PRAGMA table_info</c> so that every revision
/// from MLflow 1.x to 2026 works: the columns all of them have are required, the few later ones (<c>runs.name</c>,
/// <c>metrics.step</c>, <c>metrics.is_nan</c>, the lifecycle stages, <c>runs.end_time</c>) are used when present and
/// replaced by their default otherwise. Extra tables and columns are ignored.
/// </summary>
/// <param name="Version">The alembic revision (e.g. 7d34483879f0), "" when the table is empty.</param>
/// <param name="Columns">The columns of the five tables read, as "table.column".</param>
internal sealed record MlflowSqliteSchema(string Version, IReadOnlySet<string> Columns)
{
    /// <summary>The tables that make a SQLite file an MLflow store.</summary>
    public static readonly string[] Tables = ["alembic_version", "experiments", "runs", "metrics", "params", "tags"];

    private static readonly string[] Required =
    [
        "experiments.experiment_id", "experiments.name", "runs.run_uuid", "runs.experiment_id", "runs.status",
        "metrics.key", "metrics.value", "metrics.timestamp", "metrics.run_uuid",
        "params.key", "params.value", "params.run_uuid", "tags.key", "tags.value", "tags.run_uuid",
    ];

    /// <summary>The column as SQL when the table has it, else <paramref name="fallback"/> (a literal).</summary>
    public string Column(string table, string alias, string column, string fallback) =>
        Columns.Contains(table + "." + column) ? alias + "." + column : fallback;

    /// <summary>"alias.column, " for an ORDER BY when the table has the column, else "" (a constant there would be a column number).</summary>
    public string OrderBy(string table, string alias, string column) =>
        Columns.Contains(table + "." + column) ? alias + "." + column + ", " : "";

    /// <summary>
    /// Reads the schema: (schema, null) for an MLflow store; (null, problem) for a file that has some of MLflow's
    /// tables but not the ones LogLens needs; (null, null) for another SQLite database (no <c>alembic_version</c> beside
    /// <c>experiments</c> or <c>runs</c>), which is none of LogLens's business.
    /// </summary>
    public static (MlflowSqliteSchema? Schema, string? Problem) Read(SqliteConnection connection)
    {
        var tables = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string name in Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table'"))
        {
            tables.Add(name);
        }

        if (!tables.Contains("alembic_version") || !(tables.Contains("experiments") || tables.Contains("runs")))
        {
            return (null, null);
        }

        string[] missingTables = [.. Tables.Where(t => !tables.Contains(t))];
        if (missingTables.Length > 0)
        {
            return (null, $"not an MLflow tracking store LogLens can read: table(s) {string.Join(", ", missingTables)} missing");
        }

        var columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string table in Tables.Skip(1))
        {
            foreach (string column in Strings(connection, $"SELECT name FROM pragma_table_info('{table}')"))
            {
                columns.Add(table + "." + column);
            }
        }

        string[] missing = [.. Required.Where(c => !columns.Contains(c))];
        string version = Strings(connection, "SELECT version_num FROM alembic_version").FirstOrDefault() ?? "";
        return missing.Length > 0
            ? (null,
                $"MLflow store (alembic {(version.Length == 0 ? "unknown" : version)}) without the column(s) {string.Join(", ", missing)}: wrong or "
                + $"unknown schema, not read")
            : (new MlflowSqliteSchema(version, columns), null);
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using SqliteDataReader reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            if (!reader.IsDBNull(0))
            {
                values.Add(reader.GetString(0));
            }
        }

        return values;
    }
}
