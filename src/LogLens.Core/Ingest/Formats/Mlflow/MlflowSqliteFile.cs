using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace LogLens.Core.Ingest.Formats.Mlflow;

/// <summary>
/// Finds and opens SQLite files strictly read-only. A file nobody writes (no <c>-wal</c> or <c>-journal</c> beside it)
/// is opened <c>immutable=1</c>: no locks, no side files, works in a read-only folder. A store with a <c>-wal</c> or
/// <c>-journal</c> is being written (or its writer crashed): it is opened <c>mode=ro</c> with SQLite's locking, so the
/// latest committed rows are read; SQLite then takes its read locks in the writer's <c>-shm</c>, and never writes the
/// database or its journal. A busy database is retried for <see cref="BusySeconds"/> (Microsoft.Data.Sqlite retries
/// SQLITE_BUSY until the command timeout), then the query fails with a <see cref="SqliteException"/>.
/// </summary>
internal static class MlflowSqliteFile
{
    /// <summary>How long a locked database is retried before it is reported.</summary>
    public const int BusySeconds = 2;

    /// <summary>SQLite pages are at least 512 bytes and a store has several tables: a smaller file holds no store.</summary>
    private const long MinStoreBytes = 1024;

    /// <summary>Extensions of the other formats' files: never SQLite, not worth opening.</summary>
    private static readonly HashSet<string> OtherFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        ".csv", ".tsv", ".json", ".jsonl", ".yaml", ".yml", ".txt", ".log", ".md", ".parquet", ".wandb", ".png", ".svg", ".html", ".py",
    };

    private static ReadOnlySpan<byte> Header => "SQLite format 3\0"u8;

    /// <summary>True when the file starts with SQLite's 16-byte header (cheap: reads 16 bytes).</summary>
    public static bool HasHeader(string path)
    {
        if (OtherFormats.Contains(Path.GetExtension(path)) || Path.GetFileName(path).Contains(".tfevents.", StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            Span<byte> head = stackalloc byte[16];
            return stream.Length >= MinStoreBytes && stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length
                && head.SequenceEqual(Header);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>mlflow.db, mlruns.db or another *.db naming MLflow: a file that should be a store even when it is damaged.</summary>
    public static bool NamedLikeStore(string path)
    {
        string name = Path.GetFileName(path);
        return name.EndsWith(".db", StringComparison.OrdinalIgnoreCase)
            && (name.Contains("mlflow", StringComparison.OrdinalIgnoreCase) || name.Contains("mlruns", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>An open read-only connection (not pooled, so no handle outlives it); throws <see cref="SqliteException"/>.</summary>
    public static SqliteConnection Open(string path)
    {
        SQLitePCL.Batteries_V2.Init(); // explicit: the provider's reflection-based auto-init is not trim- or AOT-safe
        bool live = File.Exists(path + "-wal") || File.Exists(path + "-journal");
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Uri(path) + (live ? "?mode=ro" : "?mode=ro&immutable=1"),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = BusySeconds,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            SQLitePCL.raw.sqlite3_busy_timeout(connection.Handle, BusySeconds * 1000); // for statements run on the raw handle too
            using SqliteCommand memory = connection.CreateCommand();
            memory.CommandText = "PRAGMA temp_store = MEMORY"; // the ORDER BY's sorter never spills beside the store
            memory.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>A <c>file:</c> URI for the path: every byte but unreserved ones percent-encoded ('?', '#', '%' in names are safe).</summary>
    private static string Uri(string path)
    {
        string full = Path.GetFullPath(path).Replace('\\', '/');
        var uri = new StringBuilder("file:", full.Length + 16);
        if (!full.StartsWith('/'))
        {
            uri.Append('/');
        }

        foreach (byte b in Encoding.UTF8.GetBytes(full))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'/' or (byte)'.' or (byte)'-' or (byte)'_' or (byte)'~')
            {
                uri.Append((char)b);
            }
            else
            {
                uri.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return uri.ToString();
    }
}
