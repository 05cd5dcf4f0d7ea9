using System.Net;
using Charter.Domain.Versions;
using Charter.Web.Accounts;
using Charter.Web.Audit;
using Charter.Web.Tests.TestSupport;
using Charter.Web.Versions;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Versions;

/// <summary>Publishing through the versions page on the real app and SQLite.</summary>
public sealed class VersionPublishTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    internal static async Task<HttpResponseMessage> PublishAsync(HttpClient steward, string notes) =>
        await ServerForms.SubmitAsync(steward, "/versions", "publish", new Dictionary<string, string> { ["Publish.Notes"] = notes, ["Publish.Confirmed"] = "true" });

    [Fact]
    public async Task Publish_StewardWithNotes_StoresVersionOneOfTheLiveText()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Steward, "Ana Steward"));

        var response = await PublishAsync(steward, "First public draft");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Version 1 is published.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var db = _database.OpenContext();
        var stored = Assert.Single(db.Versions);
        var source = RepositoryDrafts.Load().Single().Source;
        Assert.Equal(VersionMarkdown.Write(source), stored.Markdown);
        Assert.Equal(VersionHash.Compute(stored.Markdown, ""), stored.Hash);
        Assert.Equal(("First public draft", "Ana Steward", ""), (stored.Notes, stored.PublisherName, stored.PreviousHash));
        Assert.NotEmpty(stored.Snapshot);
    }

    [Fact]
    public async Task Publish_Steward_WritesThePublicationToTheAuditLog()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Steward, "Ana Steward"));

        await PublishAsync(steward, "First public draft");

        var entries = await app.InScopeAsync(s => s.GetRequiredService<IAuditLog>().FindAsync(new AuditQuery(Action: VersionPublishing.AuditAction)));
        var entry = Assert.Single(entries);
        Assert.Equal(("Ana Steward", "bill-of-rights v1"), (entry.ActorName, entry.Subject));
    }

    [Fact]
    public async Task Publish_NotConfirmed_SaysSoKeepsTheNotesAndStoresNothing()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Steward));

        var response = await ServerForms.SubmitAsync(steward, "/versions", "publish", new Dictionary<string, string> { ["Publish.Notes"] = "Almost ready" });
        var page = await response.Content.ReadAsStringAsync();

        Assert.Contains("Nothing was published: tick the box to confirm first.", page, StringComparison.Ordinal);
        Assert.Contains("Almost ready</textarea>", page, StringComparison.Ordinal);
        using var db = _database.OpenContext();
        Assert.Empty(db.Versions);
    }

    [Fact]
    public async Task Publish_EmptyNotes_ShowsWhyAndStoresNothing()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Steward));

        var response = await PublishAsync(steward, "   ");

        Assert.Contains("Write a few words of notes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var db = _database.OpenContext();
        Assert.Empty(db.Versions);
    }

    [Fact]
    public async Task VersionsPage_Member_HasNoPublishForm()
    {
        await using var app = new CharterAppFactory(_database);
        var member = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Member));

        var page = await member.GetStringAsync("/versions");

        Assert.DoesNotContain("name=\"_handler\" value=\"publish\"", page, StringComparison.Ordinal);
        Assert.Contains("No version has been published yet.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_MemberOrInactiveSteward_RefusedAndNothingStored()
    {
        await using var app = new CharterAppFactory(_database);
        app.Start();

        foreach (var person in new[] { new PersonStanding("m", "Member", CharterRole.Member, true), new PersonStanding("s", "Gone", CharterRole.Steward, false), null })
        {
            var error = await Assert.ThrowsAsync<VersionPublishException>(() =>
                app.InScopeAsync(s => s.GetRequiredService<VersionPublishing>().PublishAsync(person, "notes", CancellationToken.None)));
            Assert.Equal("NotSteward", error.Code);
        }

        using var db = _database.OpenContext();
        Assert.Empty(db.Versions);
    }

    [Fact]
    public async Task PublishAsync_StandingThatClaimsStewardForAMember_RefusedOnTheStandingReadNow()
    {
        await using var app = new CharterAppFactory(_database);
        app.Start();
        var member = await TestPeople.CreateAsync(app, CharterRole.Member);
        var stale = new PersonStanding(member.Id, member.DisplayName, CharterRole.Steward, true);

        var error = await Assert.ThrowsAsync<VersionPublishException>(() =>
            app.InScopeAsync(s => s.GetRequiredService<VersionPublishing>().PublishAsync(stale, "notes", CancellationToken.None)));

        Assert.Equal("NotSteward", error.Code);
        using var db = _database.OpenContext();
        Assert.Empty(db.Versions);
    }

    [Fact]
    public async Task PublishAsync_LiveTextWithClausesOutsideAnyPart_RefusedNamingTheProblemAndNothingStored()
    {
        await using var app = new CharterAppFactory(_database);
        app.Start();
        await LiveEdits.ApplyAsync(app.Services, "bill-of-rights", LiveEdits.RemoveAllParts);
        var steward = PersonStanding.Of(await TestPeople.CreateAsync(app, CharterRole.Steward, "Steward"));

        var error = await Assert.ThrowsAsync<VersionPublishException>(() => app.InScopeAsync(s =>
            s.GetRequiredService<VersionPublishing>().PublishAsync(steward, "notes", CancellationToken.None)));

        Assert.Equal("NotExportable", error.Code);
        Assert.Contains("part", error.Message, StringComparison.Ordinal);
        using var db = _database.OpenContext();
        Assert.Empty(db.Versions);
    }

    [Fact]
    public async Task PublishAsync_TwiceAfterAnEdit_ChainsAndListsTheDirectEdit()
    {
        await using var app = new CharterAppFactory(_database);
        app.Start();
        var steward = PersonStanding.Of(await TestPeople.CreateAsync(app, CharterRole.Steward, "Steward"));

        var first = await app.InScopeAsync(s => s.GetRequiredService<VersionPublishing>().PublishAsync(steward, "one", CancellationToken.None));
        await LiveEdits.ApplyAsync(app.Services, "bill-of-rights", doc => LiveEdits.PrependToBody(doc, "c-6ycp", "Truly: "));
        var second = await app.InScopeAsync(s => s.GetRequiredService<VersionPublishing>().PublishAsync(steward, "two", CancellationToken.None));

        Assert.Equal((1, 2), (first.Number, second.Number));
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.Equal(["c-6ycp"], second.Changelog.DirectEdits.Select(e => e.ClauseId));
        Assert.Contains("Truly: A connection", second.Markdown, StringComparison.Ordinal);
        var stored = await app.Services.GetRequiredService<VersionStore>().ListAsync((await app.Services.GetRequiredService<VersionStore>().FindCharterAsync(CancellationToken.None))!, CancellationToken.None);
        Assert.Equal([first.Hash, second.Hash], stored.Select(v => v.Hash));
        Assert.Equal(second.Changelog.DirectEdits, stored[1].Changelog.DirectEdits);
        Assert.All(stored[1].Translations, t => Assert.Equal(["c-6ycp"], t.StaleEntryIds));
    }
}
