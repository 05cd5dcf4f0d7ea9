using System.Net;
using System.Text.RegularExpressions;
using Charter.Domain.Amendments;
using Charter.Domain.Ballots;
using Charter.Web.Accounts;
using Charter.Web.Governance;
using Charter.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Charter.Web.Tests.Governance;

/// <summary>
/// Every kind of notification, produced by the real services, then followed from the
/// notifications page as a member would: each names its amendment or ballot by title and
/// lands on the clause page that shows it.
/// </summary>
public sealed partial class NotificationLinkTests : IDisposable
{
    /// <summary>The background deadline check stays out of the way; the test ticks it itself.</summary>
    private static readonly Dictionary<string, string> QuietDeadlines = new() { ["Charter:Governance:DeadlinePollInterval"] = "01:00:00" };

    private readonly TempDatabase _database = new();

    [Fact]
    public async Task NotificationsPage_EveryKindFollowed_LandsOnItsBallotOrAmendmentAndMarksItRead()
    {
        await using var app = new CharterAppFactory(_database, settings: QuietDeadlines);
        var charter = await GovernanceTestCharter.NameAsync(app);
        var clauseId = GovernanceTestCharter.FirstClauseId();
        var (title, body) = await GovernanceTestCharter.ClauseAsync(app, charter, clauseId);
        var member = await TestPeople.CreateAsync(app, CharterRole.Member, "Marta");
        var proposer = await TestPeople.CreateAsync(app, CharterRole.Member, "Pablo");
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward, "Sol");
        var amendments = app.Services.GetRequiredService<AmendmentService>();
        var ballots = app.Services.GetRequiredService<BallotService>();
        await amendments.ProposeAsync(charter, member.Id, "Earlier idea", "Why.", new ReplaceClauseText(clauseId, title, body + " Earlier."));
        var amendment = await amendments.ProposeAsync(charter, proposer.Id, "Name the duty", "Why.", new ReplaceClauseText(clauseId, title, body + " Duty."));
        await amendments.OpenAsync(amendment, proposer.Id);
        var rules = new BallotRules(0.1m, BallotThreshold.SimpleMajority, false, false);
        var onAmendment = await ballots.OpenAsync(charter, BallotSubject.ForAmendment(amendment), rules, DateTimeOffset.UtcNow.AddHours(12), steward.Id);
        await app.Services.GetServices<IHostedService>().OfType<BallotDeadlineService>().Single().TickAsync(CancellationToken.None);
        var onClause = await ballots.OpenAsync(charter, BallotSubject.ForClause(clauseId), rules, DateTimeOffset.UtcNow.AddDays(3), steward.Id);
        await ballots.CastAsync(onClause, member.Id, BallotOption.Yes);
        await ballots.CloseEarlyAsync(onClause, steward.Id);
        var client = await TestPeople.SignedInClientAsync(app, member);

        var list = WebUtility.HtmlDecode(await client.GetStringAsync("/notifications"));
        var links = NotificationLink().Matches(list).Select(m => (Kind: m.Groups["kind"].Value, Href: m.Groups["href"].Value, Text: m.Groups["text"].Value)).ToList();

        var expected = new Dictionary<string, (string Text, string Anchor)>
        {
            [NotificationKinds.AmendmentProposed] = ("New amendment to a clause you worked on: Name the duty", $"amendment-{amendment:N}"),
            [NotificationKinds.BallotOpened] = ($"A ballot opened: {title}", $"ballot-{onClause:N}"),
            [NotificationKinds.BallotClosingSoon] = ("A ballot closes within 24 hours and you have not voted: Name the duty", $"ballot-{onAmendment:N}"),
            [NotificationKinds.BallotOutcome] = ($"A ballot has closed: {title}", $"ballot-{onClause:N}"),
        };
        Assert.Equal(expected.Keys.Order(), links.Select(l => l.Kind).Distinct().Order());
        Assert.Contains("A ballot opened: Name the duty", list, StringComparison.Ordinal);
        Assert.DoesNotContain(onAmendment.ToString(), list, StringComparison.Ordinal);
        foreach (var (kind, (text, anchor)) in expected)
        {
            var link = links.First(l => l.Kind == kind && l.Text == text);
            var redirect = await client.GetAsync(link.Href);
            Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
            var target = redirect.Headers.Location!.OriginalString;
            Assert.EndsWith($"/clauses/{clauseId}#{anchor}", target, StringComparison.Ordinal);
            var landing = await client.GetAsync(target);
            Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
            Assert.Contains($"id=\"{anchor}\"", await landing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(links.Count - expected.Count, await app.Services.GetRequiredService<NotificationService>().UnreadCountAsync(member.Id));
    }

    [Fact]
    public async Task BallotAddress_OldLinkOrUnknownId_RedirectsToItsClauseOrNotFound()
    {
        await using var app = new CharterAppFactory(_database, settings: QuietDeadlines);
        var charter = await GovernanceTestCharter.NameAsync(app);
        var clauseId = GovernanceTestCharter.FirstClauseId();
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var ballot = await app.Services.GetRequiredService<BallotService>().OpenAsync(charter, BallotSubject.ForClause(clauseId),
            new BallotRules(0.5m, BallotThreshold.SimpleMajority, false, false), DateTimeOffset.UtcNow.AddDays(2), steward.Id);
        var client = await TestPeople.SignedInClientAsync(app, steward);

        var known = await client.GetAsync($"/ballots/{ballot}");
        var unknown = await client.GetAsync($"/ballots/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.EndsWith($"/charters/{charter}/clauses/{clauseId}#ballot-{ballot:N}", known.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task OpenNotification_SomeoneElses_NotFoundAndStaysUnread()
    {
        await using var app = new CharterAppFactory(_database, settings: QuietDeadlines);
        var owner = await TestPeople.CreateAsync(app, CharterRole.Member);
        var other = await TestPeople.CreateAsync(app, CharterRole.Member);
        var notifications = app.Services.GetRequiredService<NotificationService>();
        await notifications.NotifyAsync([owner.Id], NotificationKinds.AmendmentProposed, "Private", "/agenda", CancellationToken.None);
        var id = Assert.Single(await notifications.UnreadAsync(owner.Id)).Id;
        var client = await TestPeople.SignedInClientAsync(app, other);

        var response = await client.GetAsync($"/notifications/{id}/open");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, await notifications.UnreadCountAsync(owner.Id));
    }

    [GeneratedRegex("<li data-kind=\"(?<kind>[^\"]+)\"[^>]*>\\s*<a href=\"(?<href>[^\"]+)\"[^>]*>(?<text>[^<]+)</a>")]
    private static partial Regex NotificationLink();

    public void Dispose() => _database.Dispose();
}
