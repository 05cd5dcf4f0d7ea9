using Charter.Domain.Diffs;

namespace Charter.Domain.Amendments;

/// <summary>
/// A place where the amendment's edit and an edit made since its base touch the same text, both
/// in the coordinates of the base text of <see cref="Field"/>.
/// </summary>
public sealed record OverlappingEdit(ClauseField Field, TextEdit Amendment, TextEdit SinceBase);
