using Charter.Web.Audit;
using Charter.Web.Components.Accounts;

namespace Charter.Web.Tests.Audit;

public sealed class AuditSubjectLinkTests
{
    [Theory]
    [InlineData(AuditActions.BallotClosed, "5c0e1c58-1b2a-4c3d-9e8f-0a1b2c3d4e5f", "ballots/5c0e1c58-1b2a-4c3d-9e8f-0a1b2c3d4e5f")]
    [InlineData(AuditActions.VersionPublished, "bill-of-rights v12", "v/12")]
    [InlineData(AuditActions.EndorsementMade, "bill-of-rights v3", "v/3")]
    [InlineData(AuditActions.ClauseRestored, "bill-of-rights/c-6ycp", "charters/bill-of-rights/clauses/c-6ycp")]
    [InlineData(AuditActions.ClauseDeleted, "bill-of-rights/c-6ycp", null)]
    [InlineData(AuditActions.BallotOpened, "not-a-ballot", null)]
    [InlineData(AuditActions.RoleChanged, "5c0e1c58-1b2a-4c3d-9e8f-0a1b2c3d4e5f", null)]
    public void For_EachKindOfSubject_LinksWhereItCanBeReadOrNowhere(string action, string subject, string? expected) =>
        Assert.Equal(expected, AuditSubjectLink.For(action, subject));
}
