using Charter.Domain.Amendments;
using Charter.Web.Governance;

namespace Charter.Web.Components.Governance;

/// <summary>An amendment as its card shows it: the merge preview, the discussion and its latest ballot.</summary>
public sealed record AmendmentItem(Amendment Amendment, MergePreview? Preview, IReadOnlyList<AmendmentCommentRecord> Comments, BallotView? Ballot)
{
    public bool HasOpenBallot => Ballot is { Report.IsClosed: false };

    public string Anchor => AnchorOf(Amendment.Id);

    /// <summary>Where it is on the one path every amendment follows: draft, discussion, vote, decided.</summary>
    public AmendmentStage Stage => Amendment.Status switch
    {
        AmendmentStatus.Draft => AmendmentStage.Draft,
        AmendmentStatus.Open or AmendmentStatus.InConflict when HasOpenBallot => AmendmentStage.Vote,
        AmendmentStatus.Open or AmendmentStatus.InConflict => AmendmentStage.Discussion,
        _ => AmendmentStage.Decided,
    };

    public static string AnchorOf(Guid amendmentId) => ClauseCommand.AmendmentAnchor(amendmentId);
}

/// <summary>The stages of <see cref="AmendmentItem.Stage"/>, in order.</summary>
public enum AmendmentStage
{
    Draft,
    Discussion,
    Vote,
    Decided,
}
