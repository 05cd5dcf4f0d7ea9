namespace Charter.Web.Storage;

/// <summary>
/// A charter's stored snapshot or log rows cannot be decoded. The charter is refused rather than
/// opened empty, so nobody edits over text that is still recoverable from the rows or a backup.
/// </summary>
public sealed class CharterUnreadableException(string name, string problem, Exception? innerException = null)
    : Exception($"Charter '{name}' cannot be opened because its stored data cannot be read: {problem}.", innerException)
{
    public string Name { get; } = name;

    public string Problem { get; } = problem;
}
