namespace Charter.Domain.Amendments;

public enum AmendmentConflictReason
{
    /// <summary>Text the amendment changes was also changed since its base.</summary>
    OverlappingEdits,

    /// <summary>The clause it changes or removes is no longer in the charter.</summary>
    ClauseRemoved,

    /// <summary>The clause it removes was edited since its base: removing it would discard those edits.</summary>
    ClauseEditedSinceBase,

    /// <summary>The clause a new clause goes after is no longer in the charter.</summary>
    AnchorRemoved,

    /// <summary>Another clause took the new clause's id since the base.</summary>
    ClauseIdTaken,
}
