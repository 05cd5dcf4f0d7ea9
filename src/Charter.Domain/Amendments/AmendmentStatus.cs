namespace Charter.Domain.Amendments;

/// <summary>
/// Where an amendment stands. Allowed moves (anything else is refused with
/// <see cref="AmendmentStatusException"/>):
/// <code>
/// Draft ──open──▶ Open ──ballot passes──▶ Adopted
///   │               ├──ballot fails────▶ Rejected
///   │               └──withdraw────────▶ Withdrawn   (author, no vote cast)
///   ├──withdraw──▶ Withdrawn
///   └─(either, when the live text overlaps it)──▶ InConflict ──refresh──▶ back to Draft or Open
///                                                    ├──ballot fails──▶ Rejected
///                                                    └──withdraw──────▶ Withdrawn
/// </code>
/// Adopted, Rejected and Withdrawn are final.
/// </summary>
public enum AmendmentStatus
{
    Draft,
    Open,
    Adopted,
    Rejected,
    Withdrawn,
    InConflict,
}
