namespace Charter.Web.Collaboration;

/// <summary>
/// What the hub does after a destructive edit it let through has committed (docs/HISTORY.md):
/// the history keeps the state before it and the audit log names what was removed. The app
/// registers <c>History/DestructiveEditRecorder</c>; both of those sit above the sessions.
/// </summary>
public interface IDestructiveEditRecorder
{
    Task RecordAsync(string charter, DestructiveEdit edit, string? actorId, string actorName, CancellationToken cancellationToken);
}
