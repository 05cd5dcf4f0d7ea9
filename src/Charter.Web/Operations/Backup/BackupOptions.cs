using System.ComponentModel.DataAnnotations;

namespace Charter.Web.Operations.Backup;

/// <summary>Scheduled backups of the embedded SQLite database (<c>Charter:Backup</c>); off unless <see cref="Interval"/> is set.</summary>
public sealed class BackupOptions
{
    public const string SectionName = "Charter:Backup";

    /// <summary>How often to write a backup; unset means no scheduled backups.</summary>
    public TimeSpan? Interval { get; set; }

    /// <summary>Where backups go; a relative folder is taken from the repository root or the app's folder, like the database.</summary>
    [Required]
    public string Folder { get; set; } = "data/backups";

    /// <summary>How many of the newest scheduled backups to keep; older ones are deleted.</summary>
    [Range(1, 10_000)]
    public int Keep { get; set; } = 7;
}
