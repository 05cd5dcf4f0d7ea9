namespace Charter.Web.Collaboration;

/// <summary>
/// An update that removes clauses or parts, or deletes more of the charter's text than
/// <see cref="CollaborationOptions.MaxDeleteShareForMembers"/>, sent by someone who is not a steward.
/// Nothing of it was applied.
/// </summary>
public sealed class DestructiveEditRefusedException(string message) : Exception(message);
