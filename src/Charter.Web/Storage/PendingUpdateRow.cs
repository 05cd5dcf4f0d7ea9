namespace Charter.Web.Storage;

/// <summary>
/// An update about to be appended to a charter's log; see <see cref="CharterUpdateRecord"/>.
/// <paramref name="ClauseIds"/> are the clauses it edited, recorded against <paramref name="UserId"/>
/// as <see cref="ClauseEditorRecord"/>s in the same transaction.
/// </summary>
public sealed record PendingUpdateRow(long Sequence, byte[] Update, string? UserId, long? ClientId, IReadOnlyCollection<string>? ClauseIds = null);
