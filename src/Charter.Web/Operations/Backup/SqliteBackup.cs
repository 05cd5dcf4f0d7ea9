using Microsoft.Data.Sqlite;

namespace Charter.Web.Operations.Backup;

/// <summary>
/// A consistent copy of a SQLite database made with SQLite's online backup API while the app
/// keeps serving: the copy is taken inside one read transaction, so it holds every transaction
/// committed before it started and none after, and writers carry on meanwhile (the database is in
/// WAL mode). Charters, people, governance, versions, the audit log and the data-protection keys
/// all live in that one file, so one copy holds everything.
/// </summary>
public static class SqliteBackup
{
    /// <summary>
    /// Copies the database at <paramref name="sourceConnectionString"/> to <paramref name="destinationFile"/>,
    /// a single self-contained file (rollback journal, not WAL) readable by its owner only. The copy
    /// is written beside the destination and renamed once checked, so a half-written copy never
    /// carries the destination's name.
    /// </summary>
    /// <exception cref="BackupException">The source cannot be read, the destination exists, or the copy fails its integrity check.</exception>
    public static async Task CopyAsync(string sourceConnectionString, string destinationFile, CancellationToken cancellationToken)
    {
        var destination = Path.GetFullPath(destinationFile);
        if (File.Exists(destination))
        {
            throw new BackupException($"'{destination}' already exists; choose a new file name.");
        }

        var source = new SqliteConnectionStringBuilder(sourceConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        if (!File.Exists(source.DataSource))
        {
            throw new BackupException($"There is no database at '{source.DataSource}'.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        var partial = destination + ".partial";
        File.Delete(partial);
        try
        {
            await using (var from = new SqliteConnection(source.ToString()))
            await using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
            {
                await from.OpenAsync(cancellationToken);
                await to.OpenAsync(cancellationToken);
                // The copy needs a read lock on the source; a commit or checkpoint of the serving
                // app can hold the file lock for a moment, so wait for it as the app's commands do.
                await ExecuteAsync(from, BusyTimeout, cancellationToken);
                await ExecuteAsync(to, BusyTimeout, cancellationToken);
                await CopyPagesAsync(from, to, cancellationToken);
                await ExecuteAsync(to, "PRAGMA journal_mode=DELETE;", cancellationToken);
                var integrity = await ExecuteAsync(to, "PRAGMA integrity_check;", cancellationToken);
                if (integrity != "ok")
                {
                    throw new BackupException($"The copy of '{source.DataSource}' failed SQLite's integrity check: {integrity}");
                }
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(partial, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            File.Move(partial, destination);
        }
        catch (SqliteException error)
        {
            throw new BackupException($"Copying '{source.DataSource}' to '{destination}' failed: {error.Message}", error);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private const string BusyTimeout = "PRAGMA busy_timeout=30000;";
    private const int BusyAttempts = 20;

    /// <summary>The online backup in one step (one read transaction), retried while the source is busy.</summary>
    private static async Task CopyPagesAsync(SqliteConnection from, SqliteConnection to, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                from.BackupDatabase(to);
                return;
            }
            catch (SqliteException busy) when (busy.SqliteErrorCode is SqliteBusy or SqliteLocked && attempt < BusyAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), cancellationToken);
            }
        }
    }

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private static async Task<string?> ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync(cancellationToken))?.ToString();
    }
}
