namespace Charter.Web.Governance;

public static class NotificationKinds
{
    public const string AmendmentProposed = "amendment.proposed";
    public const string BallotOpened = "ballot.opened";
    public const string BallotClosingSoon = "ballot.closing-soon";
    public const string BallotOutcome = "ballot.outcome";
}
