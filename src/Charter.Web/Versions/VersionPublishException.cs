namespace Charter.Web.Versions;

/// <summary>A publication was refused; <see cref="Exception.Message"/> says why and nothing was stored.</summary>
public sealed class VersionPublishException(string code, string message) : Exception(message)
{
    /// <summary>A stable name for the reason (<c>NotSteward</c>, <c>NotesMissing</c>, …), for the UI's strings.</summary>
    public string Code { get; } = code;
}
