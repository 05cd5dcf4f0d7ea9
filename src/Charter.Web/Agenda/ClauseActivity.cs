namespace Charter.Web.Agenda;

/// <summary>
/// What is going on around one clause, shown beside it on the read view and the edit page: its
/// amendments open for discussion (or in conflict), its open ballots (on the clause itself or on
/// one of its amendments), and how many of those ballots still wait for the reader's vote.
/// </summary>
public sealed record ClauseActivity(int OpenAmendments, int OpenBallots, int AwaitingMyVote, int MyVotesCast)
{
    public static ClauseActivity None { get; } = new(0, 0, 0, 0);

    public bool IsQuiet => OpenAmendments == 0 && OpenBallots == 0;
}
