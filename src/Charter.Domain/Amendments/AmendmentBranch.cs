namespace Charter.Domain.Amendments;

/// <summary>
/// An amendment as a CRDT branch (docs/ARCHITECTURE.md, "Amendments as branches"). <see cref="BaseStateVector"/> is the live
/// document's state vector when the branch was made; <see cref="Update"/> is a yjs V1 update
/// holding only the branch's own items, written under a client id no other doc uses. Applying
/// <see cref="Update"/> to any doc that contains the base merges the amendment with whatever was
/// edited since. <see cref="BaseTitle"/> and <see cref="BaseBody"/> are the clause's text at the
/// base (empty for a new clause): the live doc garbage-collects old text, so conflict checks and
/// the "base → proposed" diff read it from here.
/// </summary>
public sealed record AmendmentBranch(byte[] BaseStateVector, byte[] Update, string BaseTitle, string BaseBody);
