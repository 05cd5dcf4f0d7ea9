namespace Charter.Web.Storage;

/// <summary>An update about to be appended to a charter's log; see <see cref="CharterUpdateRecord"/>.</summary>
public sealed record PendingUpdateRow(long Sequence, byte[] Update, string? UserId, long? ClientId);
