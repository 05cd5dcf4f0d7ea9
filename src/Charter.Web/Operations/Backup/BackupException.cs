namespace Charter.Web.Operations.Backup;

/// <summary>A backup or restore could not be made; the message says why and nothing was overwritten.</summary>
public sealed class BackupException : Exception
{
    public BackupException(string message)
        : base(message)
    {
    }

    public BackupException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
