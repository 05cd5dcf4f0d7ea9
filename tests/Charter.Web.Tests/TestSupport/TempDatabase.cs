using Charter.Web.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Tests.TestSupport;

/// <summary>A real SQLite file in its own temporary folder, removed on dispose.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string _directory =
        Directory.CreateTempSubdirectory("charter-web-tests-").FullName;

    public string FilePath => Path.Combine(_directory, "charter.db");

    /// <summary>Pooling is off so no connection keeps the file open after a test.</summary>
    public string ConnectionString => $"Data Source={FilePath};Pooling=False";

    /// <summary>A context of its own on the file, to check what the app stored.</summary>
    public CharterDbContext OpenContext() =>
        new(new DbContextOptionsBuilder<CharterDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>
    /// Makes every append to the update log fail, as a full disk would, until disposed: the
    /// session that tries to commit faults (docs/ARCHITECTURE.md, "Sync and the session").
    /// </summary>
    public IDisposable RefuseLogAppends()
    {
        Execute("CREATE TRIGGER refuse_appends BEFORE INSERT ON charter_updates BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END;");
        return new Undo(() => Execute("DROP TRIGGER refuse_appends;"));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Runs <paramref name="sql"/> on the file from outside the app, as a tamperer or a failing disk would.</summary>
    public void Execute(string sql)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private sealed class Undo(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
