using System.Net;
using System.Text.RegularExpressions;
using Charter.Web.Accounts;
using Charter.Web.Tests.Governance;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.Components.Governance;

/// <summary>The clause page through HTTP on the real app: what people see and the forms they post.</summary>
public sealed partial class ClausePageTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Get_VisitorWithLiveDraftReading_ShowsClauseWithNoAmendmentsAndNoForms()
    {
        await using var app = new CharterAppFactory(_database, settings: VisitorSettings.LiveDraft);
        var charter = await GovernanceTestCharter.NameAsync(app);
        var clauseId = GovernanceTestCharter.FirstClauseId();
        var (title, _) = await GovernanceTestCharter.ClauseAsync(app, charter, clauseId);

        var response = await app.CreateClient().GetAsync($"/charters/{charter}/clauses/{clauseId}");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(title), page, StringComparison.Ordinal);
        Assert.Contains("No amendments to this clause yet.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("propose-title", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownClause_NotFound()
    {
        await using var app = new CharterAppFactory(_database, settings: VisitorSettings.LiveDraft);
        var charter = await GovernanceTestCharter.NameAsync(app);

        var response = await app.CreateClient().GetAsync($"/charters/{charter}/clauses/c-zzzz");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_ProposeVoteAndClose_AdoptedTextAndChartShown()
    {
        await using var app = new CharterAppFactory(_database);
        var charter = await GovernanceTestCharter.NameAsync(app);
        var clauseId = GovernanceTestCharter.FirstClauseId();
        var (title, body) = await GovernanceTestCharter.ClauseAsync(app, charter, clauseId);
        var path = $"/charters/{charter}/clauses/{clauseId}";
        var member = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Member));
        var steward = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Steward));

        var proposed = await PostAsync(member, path, new()
        {
            ["Command"] = "propose",
            ["propose-kind"] = "ReplaceText",
            ["propose-title"] = "Plain words",
            ["propose-rationale"] = "**Shorter** is clearer. <script>alert(1)</script>",
            ["propose-clause-title"] = title,
            ["propose-clause-body"] = body + " Always.",
        });
        Assert.Contains("<strong>Shorter</strong>", proposed, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", proposed, StringComparison.Ordinal);
        Assert.Matches("<ins>[^<]*Always[^<]*</ins>", proposed);
        var amendmentId = AmendmentId().Match(proposed).Groups[1].Value;

        await PostAsync(member, path, new() { ["Command"] = $"open:{amendmentId}" });
        var withBallot = await PostAsync(steward, path, new()
        {
            ["Command"] = $"ballot:{amendmentId}",
            ["ballot-days"] = "7",
            ["ballot-quorum"] = "10",
            ["ballot-threshold"] = "SimpleMajority",
        });
        var ballotId = BallotId().Match(withBallot).Groups[1].Value;
        var voted = await PostAsync(member, path, new() { ["Command"] = $"vote:{ballotId}:Yes" });
        Assert.Contains("data-my-vote=\"Yes\"", voted, StringComparison.Ordinal);
        Assert.Contains("Your vote is recorded.", voted, StringComparison.Ordinal);
        Assert.Contains("Closes in 6 days", voted, StringComparison.Ordinal);
        Assert.Matches(@"— 1 of \d+ has voted<", WebUtility.HtmlDecode(voted));

        var unconfirmed = await PostAsync(steward, path, new() { ["Command"] = $"close:{ballotId}" }, expectRefusal: true);
        Assert.Contains("Nothing was done: tick the box to confirm first.", unconfirmed, StringComparison.Ordinal);
        Assert.Contains("data-closed=\"false\"", unconfirmed, StringComparison.Ordinal);

        var closed = await PostAsync(steward, path, new() { ["Command"] = $"close:{ballotId}", ["confirm"] = "yes" });

        Assert.Contains("data-outcome=\"Passed\"", closed, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"ballot-chart\"", closed, StringComparison.Ordinal);
        Assert.Contains("data-status=\"Adopted\"", closed, StringComparison.Ordinal);
        Assert.Equal(body + " Always.", (await GovernanceTestCharter.ClauseAsync(app, charter, clauseId)).Body);
    }

    [Fact]
    public async Task Post_VoteForgedByObserver_ShowsRefusalAndStoresNothing()
    {
        await using var app = new CharterAppFactory(_database);
        var charter = await GovernanceTestCharter.NameAsync(app);
        var clauseId = GovernanceTestCharter.FirstClauseId();
        var path = $"/charters/{charter}/clauses/{clauseId}";
        var steward = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Steward));
        var observer = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Observer));
        var withBallot = await PostAsync(steward, path, new() { ["Command"] = "ballot:clause", ["ballot-days"] = "3" });
        var ballotId = BallotId().Match(withBallot).Groups[1].Value;

        var refused = await PostAsync(observer, path, new() { ["Command"] = $"vote:{ballotId}:Yes" }, expectRefusal: true);

        Assert.DoesNotContain("value=\"vote:", refused, StringComparison.Ordinal);
        Assert.Contains("Your role does not allow that.", refused, StringComparison.Ordinal);
        Assert.Contains("data-my-vote=\"none\"", refused, StringComparison.Ordinal);
    }

    /// <summary>
    /// Posts a command as its form does (each action has its own form, all posting to the page's one
    /// handler) and, as a browser does, follows the redirect a successful action answers with.
    /// </summary>
    private static async Task<string> PostAsync(HttpClient client, string path, Dictionary<string, string> fields, bool expectRefusal = false)
    {
        var response = await ServerForms.SubmitAsync(client, path, "clause-command", fields);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.False(expectRefusal, $"{fields["Command"]} was expected to be refused but redirected.");
            response = await client.GetAsync(response.Headers.Location);
        }

        var page = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{fields["Command"]}: {response.StatusCode}\n{page}");
        Assert.Equal(expectRefusal, page.Contains("class=\"form-error\"", StringComparison.Ordinal));
        return page;
    }

    [GeneratedRegex("data-amendment=\"([0-9a-f-]{36})\"")]
    private static partial Regex AmendmentId();

    [GeneratedRegex("data-ballot=\"([0-9a-f-]{36})\"")]
    private static partial Regex BallotId();

    public void Dispose() => _database.Dispose();
}
