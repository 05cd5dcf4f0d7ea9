using System.Net;
using System.Text.RegularExpressions;
using Charter.Web.Accounts;
using Charter.Web.Audit;
using Charter.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Accounts;

/// <summary>The people page as a new steward meets it: first steps, their own row, invitations to pass on and revoke.</summary>
public sealed partial class PeoplePageTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Get_OnlyStewardSoFar_ShowsFirstStepsAndNoCommandsOnTheirOwnRow()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var client = await TestPeople.SignedInClientAsync(app, steward);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/people"));

        Assert.Contains("class=\"first-run\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"versions\">Publish version 1</a>", page, StringComparison.Ordinal);
        var ownRow = Regex.Match(page, $"<tr data-person=\"{Regex.Escape(steward.Email!)}\">.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("This is you", ownRow, StringComparison.Ordinal);
        Assert.DoesNotContain("role:", ownRow, StringComparison.Ordinal);
        Assert.DoesNotContain("deactivate:", ownRow, StringComparison.Ordinal);
        Assert.Contains("reset::", ownRow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_ThenRevoke_ListedWithLocalizedExpiryThenGoneLinkDeadAndAudited()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward, "Sol", language: "es");
        var client = await TestPeople.SignedInClientAsync(app, steward);

        var invited = WebUtility.HtmlDecode(await (await ServerForms.SubmitAsync(client, "/people", "invite", new Dictionary<string, string>
        {
            ["Invite.Role"] = "Member",
            ["Invite.ValidDays"] = "3",
            ["Invite.Note"] = "Para Lucía",
        })).Content.ReadAsStringAsync());
        var link = JoinLink().Match(invited).Value;
        var id = PendingId().Match(invited).Groups[1].Value;

        Assert.Contains("<textarea class=\"issued-link-text\" readonly", invited, StringComparison.Ordinal);
        Assert.Contains("Para Lucía", invited, StringComparison.Ordinal);
        Assert.Matches("vence el \\d+ [a-z]+ \\d{4}, \\d{2}:\\d{2} UTC", invited);
        Assert.DoesNotContain("Z\"", invited, StringComparison.Ordinal);

        var revoked = WebUtility.HtmlDecode(await (await ServerForms.SubmitAsync(client, "/people", "invitation-revoke", new Dictionary<string, string> { ["Revoke"] = id })).Content.ReadAsStringAsync());

        Assert.Contains("La invitación fue revocada", revoked, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-invitation=\"{id}\"", revoked, StringComparison.Ordinal);
        Assert.Null(await app.InScopeAsync(s => s.GetRequiredService<InvitationService>().FindUsableAsync(link.Split('/')[^1])));
        var audit = await app.InScopeAsync(s => s.GetRequiredService<IAuditLog>().FindAsync(new AuditQuery(PendingInvitations.RevokedAction)));
        Assert.Equal(steward.Id, Assert.Single(audit).ActorId);

        var again = WebUtility.HtmlDecode(await (await ServerForms.SubmitAsync(client, "/people", "invitation-revoke", new Dictionary<string, string> { ["Revoke"] = id })).Content.ReadAsStringAsync());
        Assert.Contains("Esa invitación ya no está pendiente", again, StringComparison.Ordinal);
        Assert.Single(await app.InScopeAsync(s => s.GetRequiredService<IAuditLog>().FindAsync(new AuditQuery(PendingInvitations.RevokedAction))));
    }

    [GeneratedRegex("/account/join/[A-Za-z0-9_-]+")]
    private static partial Regex JoinLink();

    [GeneratedRegex("data-invitation=\"(\\d+)\"")]
    private static partial Regex PendingId();

    public void Dispose() => _database.Dispose();
}
