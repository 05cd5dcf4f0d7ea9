using Charter.Domain.Diffs;

namespace Charter.Domain.Versions;

/// <summary>A clause changed by direct editing (not through an adopted amendment) since the previous version.</summary>
/// <param name="ClauseId">The clause.</param>
/// <param name="Title">Its title in the new version (the old one when removed).</param>
/// <param name="Number">Its number in the new version (the old one when removed).</param>
/// <param name="Kinds">What changed: edited, added, removed and/or moved.</param>
public sealed record DirectEdit(string ClauseId, string Title, int Number, ClauseChangeKinds Kinds);
