using AngleSharp.Html.Parser;
using Charter.Domain.Amendments;
using Charter.Domain.Ballots;
using Charter.Web.Accounts;
using Charter.Web.Governance;
using Charter.Web.Tests.Governance;
using Charter.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Components.Governance;

/// <summary>
/// Pressing Enter in a text field submits that field's own form with its first submit button
/// (HTML's implicit submission). So the clause page is safe from a stray Enter exactly when every
/// form holding a field carries the buttons of one action only, on one subject.
/// </summary>
public sealed class ClausePageFormsTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Get_StewardAuthorWithOpenBallots_EveryFormHoldsOneActionOnOneSubject()
    {
        await using var app = new CharterAppFactory(_database);
        var charter = await GovernanceTestCharter.NameAsync(app);
        var clauseId = GovernanceTestCharter.FirstClauseId();
        var (title, body) = await GovernanceTestCharter.ClauseAsync(app, charter, clauseId);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var amendments = app.Services.GetRequiredService<AmendmentService>();
        var ballots = app.Services.GetRequiredService<BallotService>();
        var voted = await amendments.ProposeAsync(charter, steward.Id, "Voted on", "Why.", new ReplaceClauseText(clauseId, title, body + " One."));
        await amendments.OpenAsync(voted, steward.Id);
        await amendments.ProposeAsync(charter, steward.Id, "Still a draft", "Why.", new ReplaceClauseText(clauseId, title, body + " Two."));
        var inDiscussion = await amendments.ProposeAsync(charter, steward.Id, "In discussion", "Why.", new ReplaceClauseText(clauseId, title, body + " Three."));
        await amendments.OpenAsync(inDiscussion, steward.Id);
        var deadline = DateTimeOffset.UtcNow.AddDays(3);
        await ballots.OpenAsync(charter, BallotSubject.ForAmendment(voted), new BallotRules(0.5m, BallotThreshold.SimpleMajority, false, false), deadline, steward.Id);
        await ballots.OpenAsync(charter, BallotSubject.ForClause(clauseId), new BallotRules(0.5m, BallotThreshold.SimpleMajority, false, false), deadline, steward.Id);
        var client = await TestPeople.SignedInClientAsync(app, steward);

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync($"/charters/{charter}/clauses/{clauseId}"));

        var forms = document.QuerySelectorAll("article.clause-page form").ToList();
        Assert.All(forms, form => Assert.Equal("post", form.GetAttribute("method")));
        var actions = forms.Select(form => form.QuerySelectorAll("button[type=submit]").Select(b => b.GetAttribute("value") ?? "").ToList()).ToList();
        // Two ballots (vote, close); on the three cards refresh, withdraw and comment, plus open on the
        // draft; a ballot to open on the amendment in discussion; the proposal; the clause ballot.
        Assert.Equal((2 * 2) + (3 * 3) + 1 + 1 + 1 + 1, forms.Count);
        Assert.All(actions, buttons => Assert.Single(buttons.Select(ActionOf).Distinct()));
        var proposeForm = Assert.Single(forms, f => f.QuerySelector("input[name='propose-title']") is not null);
        Assert.Equal(["propose"], proposeForm.QuerySelectorAll("button").Select(b => b.GetAttribute("value")));
        var ballotForm = Assert.Single(forms, f => f.QuerySelector($"button[value='ballot:{inDiscussion}']") is not null);
        Assert.NotNull(ballotForm.QuerySelector("input[name='ballot-quorum']"));
        Assert.NotNull(ballotForm.Closest($"[data-amendment='{inDiscussion}']"));
        Assert.All(document.QuerySelectorAll("fieldset.ballot"), f => Assert.False(string.IsNullOrWhiteSpace(f.QuerySelector("legend")?.TextContent)));
    }

    /// <summary>"vote:ballot:Yes" and "vote:ballot:No" are one action on one ballot; "open:a" and "withdraw:a" are not.</summary>
    private static string ActionOf(string command) => string.Join(':', command.Split(':').Take(2));

    public void Dispose() => _database.Dispose();
}
