using System.Globalization;

namespace Charter.Web.Operations.Backup;

/// <summary>
/// Names scheduled backups by their UTC time (<c>charter-20270131-235900.db</c>), so that name
/// order is time order, and keeps the newest few. Only files with that shape are ever deleted.
/// </summary>
public static class BackupRotation
{
    private const string Prefix = "charter-";
    private const string Extension = ".db";
    private const string TimeFormat = "yyyyMMdd-HHmmss";

    public static string FileName(DateTimeOffset takenAt) =>
        Prefix + takenAt.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture) + Extension;

    /// <summary>The scheduled backups in <paramref name="folder"/>, newest first.</summary>
    public static IReadOnlyList<string> List(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, Prefix + "*" + Extension)
                .Where(path => IsScheduledBackup(Path.GetFileName(path)))
                .OrderDescending(StringComparer.Ordinal)
                .ToList()
            : [];

    /// <summary>Deletes all but the newest <paramref name="keep"/> scheduled backups; returns the deleted paths.</summary>
    public static IReadOnlyList<string> Prune(string folder, int keep)
    {
        var deleted = List(folder).Skip(keep).ToList();
        foreach (var path in deleted)
        {
            File.Delete(path);
        }

        return deleted;
    }

    private static bool IsScheduledBackup(string name) =>
        name.Length == Prefix.Length + TimeFormat.Length + Extension.Length
        && DateTime.TryParseExact(name[Prefix.Length..^Extension.Length], TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
