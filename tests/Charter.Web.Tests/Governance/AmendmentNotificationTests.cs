using System.Net;
using Charter.Domain.Amendments;
using Charter.Web.Accounts;
using Charter.Web.Collaboration;
using Charter.Web.Governance;
using Charter.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Governance;

/// <summary>
/// "A new amendment to a clause I edited": people edit clauses over the real hub, the log is
/// compacted (update rows deleted), and then someone proposes an amendment to one of the clauses.
/// </summary>
public sealed class AmendmentNotificationTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task ProposeAsync_ClauseEditedOverTheHub_NotifiesItsEditorInTheirLanguageOnly()
    {
        await using var app = new CharterAppFactory(_database);
        HubClients.StartOnKestrel(app);
        var charter = HubClients.Charter;
        var clauses = RepositoryDrafts.Load()[0].Source.Clauses.Take(2).Select(c => c.Id).ToList();
        var (spanishEditor, spanishCookie) = await TestPeople.CreateSignedInAsync(app, CharterRole.Member, "Editora", language: "es");
        var (otherEditor, otherCookie) = await TestPeople.CreateSignedInAsync(app, CharterRole.Member, "Other editor");
        var (proposer, proposerCookie) = await TestPeople.CreateSignedInAsync(app, CharterRole.Member, "Proposer");
        await using (var editing = await CrdtPeer.JoinAsync(await HubClients.ConnectAsync(app, spanishCookie), charter))
        await using (var elsewhere = await CrdtPeer.JoinAsync(await HubClients.ConnectAsync(app, otherCookie), charter))
        await using (var proposing = await CrdtPeer.JoinAsync(await HubClients.ConnectAsync(app, proposerCookie), charter))
        {
            await editing.EditAsync(doc => CrdtPeer.Body(doc, clauses[0]).Insert(0, "Siempre: "));
            await elsewhere.EditAsync(doc => CrdtPeer.Body(doc, clauses[1]).Insert(0, "Elsewhere: "));
            await proposing.EditAsync(doc => CrdtPeer.Body(doc, clauses[0]).Insert(0, "Also: "));
        }

        await using (var lease = await app.Services.GetRequiredService<CharterSessionRegistry>().OpenAsync(charter, CancellationToken.None))
        {
            await lease.Session.CompactAsync();
        }

        var (title, body) = await GovernanceTestCharter.ClauseAsync(app, charter, clauses[0]);
        await app.Services.GetRequiredService<AmendmentService>().ProposeAsync(
            charter, proposer.Id, "Name the duty", "Rights need duties.", new ReplaceClauseText(clauses[0], title, body + " States must ensure it."));

        var notifications = app.Services.GetRequiredService<NotificationService>();
        var toEditor = Assert.Single(await notifications.UnreadAsync(spanishEditor.Id));
        Assert.Equal(NotificationKinds.AmendmentProposed, toEditor.Kind);
        Assert.Equal("Name the duty", toEditor.Subject);
        Assert.Empty(await notifications.UnreadAsync(otherEditor.Id));
        Assert.Empty(await notifications.UnreadAsync(proposer.Id));
        using var browser = app.CreateBrowserLikeClient();
        browser.DefaultRequestHeaders.Add("Cookie", spanishCookie);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/notifications"));
        Assert.Contains("Nueva enmienda a una cláusula en la que trabajaste: Name the duty", page);
    }

    public void Dispose() => _database.Dispose();
}
