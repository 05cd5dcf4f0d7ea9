namespace Charter.Web.Accounts;

/// <summary>A new invitation and its link path; the token is shown once and never stored.</summary>
public sealed record CreatedInvitation(Invitation Invitation, string Token)
{
    public string Path => InvitationService.LinkPath(Token);
}
