namespace Charter.Web.Audit;

/// <summary>
/// The action names written to the audit log. Amendments, ballots, votes and publications use
/// the same <see cref="IAuditLog.AppendAsync"/> with names of their own in this style.
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
}
