namespace Charter.Web.Audit;

/// <summary>
/// Every action name written to the audit log, in one list: the audit page names each in the
/// reader's language (<c>Audit.Action.&lt;name&gt;</c> in AccountsText), and a test holds this list
/// to the names the code writes and to the four resx files. The names themselves are stored and
/// hashed (docs/ARCHITECTURE.md, "Security"), so they never change.
/// </summary>
public static class AuditActions
{
    public const string Setup = "setup.first-steward";
    public const string InvitationCreated = "invitation.created";
    public const string InvitationUsed = "invitation.used";
    public const string RoleChanged = "person.role-changed";
    public const string Deactivated = "person.deactivated";
    public const string Reactivated = "person.reactivated";
    public const string PasswordResetIssued = "person.password-reset-issued";
    public const string PasswordReset = "person.password-reset";
    public const string ClauseDeleted = "charter.clause-deleted";
    public const string PartDeleted = "charter.part-deleted";
    public const string TextDeleted = "charter.text-deleted";
    public const string CharterRestored = "charter.restored";
    public const string ClauseRestored = "charter.clause-restored";
    public const string InvitationRevoked = "invitation.revoked";
    public const string AmendmentProposed = "amendment.proposed";
    public const string AmendmentOpened = "amendment.opened";
    public const string AmendmentWithdrawn = "amendment.withdrawn";
    public const string AmendmentRefreshed = "amendment.refreshed";
    public const string BallotOpened = "ballot.opened";
    public const string VoteCast = "ballot.vote-cast";
    public const string BallotClosed = "ballot.closed";
    public const string VersionPublished = "version.published";
    public const string EndorsementMade = "endorsement.made";
    public const string EndorsementWithdrawn = "endorsement.withdrawn";
    public const string EndorsementHidden = "endorsement.hidden";
    public const string SigningChanged = "endorsement.signing-changed";
    public const string OrganisationCreated = "organisation.created";
    public const string OrganisationEdited = "organisation.edited";
    public const string OrganisationMemberAdded = "organisation.member-added";
    public const string OrganisationMemberRemoved = "organisation.member-removed";
    public const string OrganisationDelegateNamed = "organisation.delegate-named";
    public const string OrganisationDelegateUnnamed = "organisation.delegate-unnamed";

    /// <summary>Every name above, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Setup, InvitationCreated, InvitationUsed, InvitationRevoked, RoleChanged, Deactivated, Reactivated,
        PasswordResetIssued, PasswordReset, ClauseDeleted, PartDeleted, TextDeleted, CharterRestored, ClauseRestored,
        AmendmentProposed, AmendmentOpened, AmendmentWithdrawn, AmendmentRefreshed, BallotOpened, VoteCast, BallotClosed,
        VersionPublished, OrganisationCreated, OrganisationEdited, OrganisationMemberAdded, OrganisationMemberRemoved,
        OrganisationDelegateNamed, OrganisationDelegateUnnamed, EndorsementMade, EndorsementWithdrawn, EndorsementHidden, SigningChanged,
    ];
}
