using System.Net;
using Charter.Web.Accounts;
using Charter.Crdt;
using Charter.Crdt.Types;
using Charter.Domain.Documents;
using Charter.Domain.Translations;
using Charter.Web.Collaboration;
using Charter.Web.Collaboration.Wire;
using Charter.Web.Tests.TestSupport;
using Charter.Web.Translations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Translations;

/// <summary>
/// Starting and confirming translations through the real app on a real SQLite file: the change
/// goes through the charter's session, so it is stored and survives a restart.
/// </summary>
public sealed class TranslationEndpointsTests : IDisposable
{
    private const string Charter = "bill-of-rights";

    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Confirm_AfterTheSourceChanged_MakesTheStaleTranslationCurrentDurably()
    {
        var clauseId = RepositoryDrafts.Load()[0].Source.Clauses.First().Id;
        await using (var app = new CharterAppFactory(_database))
        {
            await EditSourceBodyAsync(app, clauseId, " Amended.");
            Assert.Equal(TranslationState.Stale, await StateAsync(app, clauseId, "es"));
            var client = await MemberClientAsync(app);

            using var response = await PostAsync(client, $"/charters/{Charter}/translations/es/{clauseId}/confirm");

            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            Assert.Equal(TranslationState.Current, await StateAsync(app, clauseId, "es"));
            Assert.Equal(TranslationState.Stale, await StateAsync(app, clauseId, "fr"));
        }

        await using var restarted = new CharterAppFactory(_database);
        Assert.Equal(TranslationState.Current, await StateAsync(restarted, clauseId, "es"));
    }

    [Fact]
    public async Task Start_ThenConfirm_NewLanguage_GoesFromMissingToUnconfirmedToCurrent()
    {
        var clauseId = RepositoryDrafts.Load()[0].Source.Clauses.First().Id;
        await using var app = new CharterAppFactory(_database);
        var client = await MemberClientAsync(app);
        Assert.Equal(TranslationState.Missing, await StateAsync(app, clauseId, "de"));

        using var started = await PostAsync(client, $"/charters/{Charter}/translations/de/{clauseId}/start");
        var afterStart = await StateAsync(app, clauseId, "de");
        using var confirmed = await PostAsync(client, $"/charters/{Charter}/translations/de/{clauseId}/confirm");

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (started.StatusCode, confirmed.StatusCode));
        Assert.Equal(TranslationState.Unconfirmed, afterStart);
        Assert.Equal(TranslationState.Current, await StateAsync(app, clauseId, "de"));
    }

    [Fact]
    public async Task Start_ThenConfirm_PartTitleAndTitleAndPreamble_GoFromMissingToCurrentThroughTheSameEndpoints()
    {
        var partId = RepositoryDrafts.Load()[0].Source.Parts[0].Id;
        await using var app = new CharterAppFactory(_database);
        var client = await MemberClientAsync(app);

        foreach (var entryId in new[] { partId, CharterTranslations.MetaId })
        {
            Assert.Equal(TranslationState.Missing, await StateAsync(app, entryId, "de"));
            using var started = await PostAsync(client, $"/charters/{Charter}/translations/de/{entryId}/start");
            Assert.Equal(TranslationState.Unconfirmed, await StateAsync(app, entryId, "de"));
            using var confirmed = await PostAsync(client, $"/charters/{Charter}/translations/de/{entryId}/confirm");
            Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (started.StatusCode, confirmed.StatusCode));
            Assert.Equal(TranslationState.Current, await StateAsync(app, entryId, "de"));
        }
    }

    [Fact]
    public async Task Confirm_ByAMember_RecordsTheirPersonIdNotTheirEmailInTheLogAndClauseEditors()
    {
        var clauseId = RepositoryDrafts.Load()[0].Source.Clauses.First().Id;
        await using var app = new CharterAppFactory(_database);
        await EditSourceBodyAsync(app, clauseId, " Amended.");
        var member = await TestPeople.CreateAsync(app, CharterRole.Member);
        var client = await TestPeople.SignedInClientAsync(app, member);

        using var response = await PostAsync(client, $"/charters/{Charter}/translations/es/{clauseId}/confirm");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await using var db = _database.OpenContext();
        var logged = await db.Updates.Where(u => u.UserId != null).Select(u => u.UserId).Distinct().ToListAsync();
        var editors = await db.ClauseEditors.Where(e => e.ClauseId == clauseId).Select(e => e.UserId).ToListAsync();
        Assert.Equal([member.Id], logged);
        Assert.Equal([member.Id], editors);
    }

    [Theory]
    [InlineData("/charters/bill-of-rights/translations/es/c-zzzz/confirm", HttpStatusCode.BadRequest, "Clause 'c-zzzz' (es): the charter has no such clause.")]
    [InlineData("/charters/bill-of-rights/translations/en/c-b73y/confirm", HttpStatusCode.BadRequest, "this is the charter's source language, not a translation.")]
    [InlineData("/charters/no-such-charter/translations/es/c-b73y/confirm", HttpStatusCode.NotFound, "No charter named 'no-such-charter' is stored.")]
    [InlineData("/charters/bill-of-rights/translations/es/p-zzzz/confirm", HttpStatusCode.BadRequest, "Part 'p-zzzz' (es): the charter has no such part.")]
    public async Task Confirm_BadRequest_IsRefusedWithTheReason(string path, HttpStatusCode status, string reason)
    {
        await using var app = new CharterAppFactory(_database);
        var client = await MemberClientAsync(app);

        using var response = await PostAsync(client, path);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Confirm_WithoutTheRequestHeader_IsRefusedAndChangesNothing()
    {
        var clauseId = RepositoryDrafts.Load()[0].Source.Clauses.First().Id;
        await using var app = new CharterAppFactory(_database);
        await EditSourceBodyAsync(app, clauseId, " Amended.");
        var client = await MemberClientAsync(app);

        using var response = await client.PostAsync($"/charters/{Charter}/translations/es/{clauseId}/confirm", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(TranslationEndpoints.RequestHeader, await response.Content.ReadAsStringAsync());
        Assert.Equal(TranslationState.Stale, await StateAsync(app, clauseId, "es"));
    }

    [Fact]
    public async Task Confirm_ByAnObserver_IsRefusedAndChangesNothing()
    {
        var clauseId = RepositoryDrafts.Load()[0].Source.Clauses.First().Id;
        await using var app = new CharterAppFactory(_database);
        await EditSourceBodyAsync(app, clauseId, " Amended.");
        var client = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Observer));

        using var response = await PostAsync(client, $"/charters/{Charter}/translations/es/{clauseId}/confirm");

        Assert.NotEqual(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(TranslationState.Stale, await StateAsync(app, clauseId, "es"));
    }

    [Fact]
    public async Task Confirm_ByAVisitor_IsRefusedAndChangesNothing()
    {
        var clauseId = RepositoryDrafts.Load()[0].Source.Clauses.First().Id;
        await using var app = new CharterAppFactory(_database);
        await EditSourceBodyAsync(app, clauseId, " Amended.");

        using var response = await PostAsync(app.CreateBrowserLikeClient(), $"/charters/{Charter}/translations/es/{clauseId}/confirm");

        Assert.NotEqual(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(TranslationState.Stale, await StateAsync(app, clauseId, "es"));
    }

    public void Dispose() => _database.Dispose();

    private static async Task<HttpClient> MemberClientAsync(CharterAppFactory app) =>
        await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Member));

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.Add(TranslationEndpoints.RequestHeader, "1");
        return await client.SendAsync(request);
    }

    private static async Task<TranslationState> StateAsync(CharterAppFactory app, string entryId, string language)
    {
        await using var lease = await app.Services.GetRequiredService<CharterSessionRegistry>().OpenAsync(Charter, CancellationToken.None);
        return await lease.Session.ReadAsync(doc => CharterTranslations.StateOf(doc, entryId, language));
    }

    /// <summary>An edit to a clause's source body, sent to the session as a browser would send it.</summary>
    private static async Task EditSourceBodyAsync(CharterAppFactory app, string clauseId, string appended)
    {
        await using var lease = await app.Services.GetRequiredService<CharterSessionRegistry>().OpenAsync(Charter, CancellationToken.None);
        var update = await lease.Session.ReadAsync(doc =>
        {
            var browser = new Doc();
            Y.ApplyUpdate(browser, Y.EncodeStateAsUpdate(doc));
            var before = Y.EncodeStateVector(browser);
            var body = (YText)((YMap)browser.GetMap(CharterDocument.ClausesKey).Get(clauseId)!).Get(CharterDocument.BodyKey)!;
            body.Insert(body.Length, appended);
            return Y.EncodeStateAsUpdate(browser, before);
        });
        await lease.Session.ApplyUpdateAsync(SyncFrame.WriteUpdate(update), new UpdateOrigin(null, null));
    }
}
