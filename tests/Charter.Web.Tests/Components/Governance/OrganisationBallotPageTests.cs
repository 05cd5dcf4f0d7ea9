using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Charter.Web.Accounts;
using Charter.Web.Tests.Governance;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.Components.Governance;

/// <summary>
/// A per-organisation ballot on the clause page, posted as the page's own forms post: the steward
/// chooses the unit with the other settings, a delegate of two organisations gets one labelled
/// vote form per organisation, and everyone else is told organisations vote.
/// </summary>
public sealed partial class OrganisationBallotPageTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task DelegateOfTwoOrganisations_VotesForEachInItsOwnForm_AndTheTallyCountsOrganisations()
    {
        await using var app = new CharterAppFactory(_database);
        var charter = await GovernanceTestCharter.NameAsync(app);
        var path = $"/charters/{charter}/clauses/{GovernanceTestCharter.FirstClauseId()}";
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var ana = await TestPeople.CreateAsync(app, CharterRole.Member, "Ana");
        var bystander = await TestPeople.CreateAsync(app, CharterRole.Member, "Bruno");
        var red = await TestOrganisations.CreateAsync(app, steward, "Red", ana);
        var coop = await TestOrganisations.CreateAsync(app, steward, "Coop", ana);
        var stewardClient = await TestPeople.SignedInClientAsync(app, steward);
        var anaClient = await TestPeople.SignedInClientAsync(app, ana);

        var opened = await PostAsync(stewardClient, path, new() { ["Command"] = "ballot:clause", ["ballot-unit"] = "Organisation" });
        var ballotId = BallotId().Match(opened).Groups[1].Value;
        var afterOne = await PostAsync(anaClient, path, new() { ["Command"] = $"vote:{ballotId}:Yes:{red}" });
        Assert.Contains("— 1 of 2 organisations has voted", WebUtility.HtmlDecode(afterOne), StringComparison.Ordinal);
        var page = new HtmlParser().ParseDocument(await PostAsync(anaClient, path, new() { ["Command"] = $"vote:{ballotId}:Abstain:{coop}" }));

        var forms = page.QuerySelectorAll($"[data-ballot='{ballotId}'] form.org-vote").ToList();
        Assert.Equal(["Vote for Coop", "Vote for Red"], forms.Select(f => f.QuerySelector("legend")!.TextContent.Trim()));
        Assert.Equal(["Abstain", "Yes"], forms.Select(f => f.QuerySelector("fieldset")!.GetAttribute("data-my-vote")));
        Assert.All(forms, f => Assert.Equal(3, f.QuerySelectorAll("button[type=submit]").Length));
        Assert.Equal($"vote:{ballotId}:Yes:{coop}", forms[0].QuerySelector("button")!.GetAttribute("value"));
        Assert.Contains("— 2 of 2 organisations have voted", page.QuerySelector($"[data-ballot='{ballotId}'] .tally")!.TextContent, StringComparison.Ordinal);

        var forBystander = WebUtility.HtmlDecode(await (await TestPeople.SignedInClientAsync(app, bystander)).GetStringAsync(path));
        Assert.DoesNotContain("value=\"vote:", forBystander, StringComparison.Ordinal);
        Assert.Contains("each organisation votes once, through any of its delegates", forBystander, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VoteForAnOrganisationByANonDelegate_ShowsTheRefusalAndStoresNothing()
    {
        await using var app = new CharterAppFactory(_database);
        var charter = await GovernanceTestCharter.NameAsync(app);
        var path = $"/charters/{charter}/clauses/{GovernanceTestCharter.FirstClauseId()}";
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var ana = await TestPeople.CreateAsync(app, CharterRole.Member, "Ana");
        var red = await TestOrganisations.CreateAsync(app, steward, "Red", ana);
        var stewardClient = await TestPeople.SignedInClientAsync(app, steward);
        var ballotId = BallotId().Match(await PostAsync(stewardClient, path, new() { ["Command"] = "ballot:clause", ["ballot-unit"] = "Organisation" })).Groups[1].Value;

        var refused = await PostAsync(stewardClient, path, new() { ["Command"] = $"vote:{ballotId}:Yes:{red}" }, expectRefusal: true);

        Assert.Contains("Only an active delegate of that organisation can cast its vote.", WebUtility.HtmlDecode(refused), StringComparison.Ordinal);
        Assert.Contains("data-unit", await PostAsync(stewardClient, path, new() { ["Command"] = $"close:{ballotId}", ["confirm"] = "yes" }), StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();

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

    [GeneratedRegex("data-ballot=\"([0-9a-f-]{36})\"")]
    private static partial Regex BallotId();
}
