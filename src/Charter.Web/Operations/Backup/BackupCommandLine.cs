using Charter.Web.Hosting;
using Charter.Web.Storage;
using Microsoft.Data.Sqlite;

namespace Charter.Web.Operations.Backup;

/// <summary>
/// The command-line verbs the app runs instead of serving (see README "Operating it"):
/// <c>backup &lt;file&gt;</c> copies the configured database while the app may be serving it, and
/// <c>restore &lt;file&gt;</c> copies a backup into the configured database location, which must not
/// hold a database yet (stop the app and move the old one away first). Both read the connection
/// string exactly as the app does (appsettings.json, environment, the remaining arguments).
/// </summary>
public static class BackupCommandLine
{
    public const string BackupVerb = "backup";
    public const string RestoreVerb = "restore";

    /// <summary>Runs a verb and returns its exit code, or null when <paramref name="args"/> names none (serve as usual).</summary>
    public static async Task<int?> RunAsync(string[] args, CharterPaths paths)
    {
        if (args.Length == 0 || args[0] is not (BackupVerb or RestoreVerb))
        {
            return null;
        }

        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            await Console.Error.WriteLineAsync($"Usage: Charter.Web {args[0]} <file> [--ConnectionStrings:Charter \"Data Source=…\"]");
            return 2;
        }

        var configuration = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args[2..] }).Configuration;
        var database = StorageServiceCollectionExtensions.ResolveConnectionString(
            configuration.GetConnectionString("Charter") ?? StorageServiceCollectionExtensions.DefaultConnectionString, paths, createFolder: args[0] == RestoreVerb);
        var file = Path.GetFullPath(args[1]);
        try
        {
            if (args[0] == BackupVerb)
            {
                await SqliteBackup.CopyAsync(database, file, CancellationToken.None);
                Console.WriteLine($"Backed up {new SqliteConnectionStringBuilder(database).DataSource} to {file}.");
            }
            else
            {
                var target = new SqliteConnectionStringBuilder(database).DataSource;
                foreach (var path in new[] { target, target + "-wal", target + "-shm" }.Where(File.Exists))
                {
                    throw new BackupException($"'{path}' exists. Stop the app and move the database (and its -wal and -shm files) away before restoring.");
                }

                await SqliteBackup.CopyAsync($"Data Source={file}", target, CancellationToken.None);
                Console.WriteLine($"Restored {file} to {target}. Start the app to serve it.");
            }

            return 0;
        }
        catch (BackupException error)
        {
            await Console.Error.WriteLineAsync(error.Message);
            return 1;
        }
    }
}
