namespace Charter.Domain.Amendments;

/// <summary>Why an amendment can no longer be adopted as it stands; <see cref="Overlaps"/> lists the clashing edits.</summary>
public sealed record AmendmentConflict(AmendmentConflictReason Reason, IReadOnlyList<OverlappingEdit> Overlaps)
{
    public string Describe() => Reason switch
    {
        AmendmentConflictReason.OverlappingEdits =>
            $"{Overlaps.Count} of its edits overlap text changed since it was proposed",
        AmendmentConflictReason.ClauseRemoved => "the clause it changes is no longer in the charter",
        AmendmentConflictReason.ClauseEditedSinceBase => "the clause it removes was edited since it was proposed",
        AmendmentConflictReason.AnchorRemoved => "the clause the new clause follows is no longer in the charter",
        AmendmentConflictReason.ClauseIdTaken => "another clause has taken the new clause's id",
        _ => Reason.ToString(),
    };
}
