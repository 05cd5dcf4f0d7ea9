namespace Charter.Web.History;

/// <summary>A restore that was refused; nothing was changed. <see cref="Code"/> picks the localized message.</summary>
public sealed class HistoryRestoreException(string code, string message) : Exception(message)
{
    public const string NotAllowed = "NotAllowed";
    public const string NotFound = "NotFound";

    public string Code { get; } = code;
}
