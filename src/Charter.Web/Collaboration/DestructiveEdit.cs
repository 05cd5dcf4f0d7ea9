namespace Charter.Web.Collaboration;

/// <summary>
/// An update <see cref="DestructiveEditPolicy"/> let through although it removes clauses or parts
/// or a large share of the text, with the charter as it was just before, so that state can be
/// kept in the history and the removal in the audit log.
/// </summary>
/// <param name="Footprint">What it deletes.</param>
/// <param name="StateBefore">The whole Doc as a V1 update, encoded just before it was applied.</param>
public sealed record DestructiveEdit(DeletionFootprint Footprint, byte[] StateBefore);
