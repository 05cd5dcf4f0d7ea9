using Charter.E2E.Accounts;
using Charter.E2E.Editing;
using Microsoft.Playwright;

namespace Charter.E2E.Governance;

/// <summary>
/// A coalition deciding as organisations, in Chromium against the real app: a steward creates two
/// organisations on the People page and names a delegate of each, opens a one-vote-per-organisation
/// ballot on an amendment, each delegate casts their organisation's vote, and the steward closes it
/// early: the amendment is adopted and the result counts organisations.
/// </summary>
public sealed class OrganisationBallotFlowTests(RunningCharter charter) : IClassFixture<RunningCharter>
{
    private const string Clause = "c-b73y";
    private const string AddedWords = " Adopted-by-organisations-e2e.";

    [Fact]
    public async Task PerOrganisationBallot_BothDelegatesVoteYes_StewardClosesEarly_AmendmentAdopted()
    {
        var ana = await charter.People.CreateAsync("Member", "Ana Delegada");
        var bruno = await charter.People.CreateAsync("Member", "Bruno Delegado");
        var steward = await SignedInPageAsync(await charter.People.CreateAsync("Steward", "Sol Steward"));

        await steward.GotoAsync("people");
        await OrganisationsOnPeople.CreateAsync(steward, "Red Comunitaria", "Guatemala", "https://red.example.org");
        await OrganisationsOnPeople.CreateAsync(steward, "Cooperativa Sur", "Brasil");
        await OrganisationsOnPeople.NameDelegateAsync(steward, "Red Comunitaria", "Ana Delegada");
        await OrganisationsOnPeople.NameDelegateAsync(steward, "Cooperativa Sur", "Bruno Delegado");

        var proposer = await SignedInPageAsync(await charter.People.CreateAsync("Member", "Pia Proposer"));
        await proposer.GotoAsync($"charters/bill-of-rights/clauses/{Clause}");
        var amendmentId = await ProposeAndOpenAsync(proposer);

        await steward.GotoAsync($"charters/bill-of-rights/clauses/{Clause}");
        var card = steward.Locator($"[data-amendment='{amendmentId}']");
        await card.Locator("select[name='ballot-unit']").SelectOptionAsync("Organisation");
        await steward.Locator($"button[value='ballot:{amendmentId}']").ClickAsync();
        var ballotBox = steward.Locator("fieldset.ballot[data-closed='false']");
        await Assertions.Expect(ballotBox).ToHaveCountAsync(1);
        await Assertions.Expect(ballotBox.Locator(".badge-organisations")).ToBeVisibleAsync();
        var ballot = await ballotBox.GetAttributeAsync("data-ballot") ?? throw new InvalidOperationException("The ballot has no id.");

        await VoteForOrganisationAsync(ana, ballot, "Red Comunitaria");
        await VoteForOrganisationAsync(bruno, ballot, "Cooperativa Sur");

        await steward.ReloadAsync();
        var open = steward.Locator($"[data-ballot='{ballot}']");
        await Assertions.Expect(open.Locator(".tally")).ToContainTextAsync("2 of 2 organisations have voted");
        await open.Locator("input[name='confirm']").CheckAsync();
        await steward.Locator($"button[value='close:{ballot}']").ClickAsync();
        var closed = steward.Locator($"[data-ballot='{ballot}']");
        await Assertions.Expect(closed).ToHaveAttributeAsync("data-closed", "true");
        await Assertions.Expect(closed.Locator(".ballot-outcome")).ToHaveAttributeAsync("data-outcome", "Passed");
        await Assertions.Expect(closed.Locator("svg.ballot-chart")).ToHaveAttributeAsync("aria-label", "Votes of organisations: Yes 2, No 0, Abstain 0");
        await Assertions.Expect(steward.Locator($"[data-amendment='{amendmentId}']")).ToHaveAttributeAsync("data-status", "Adopted");
        await Assertions.Expect(steward.Locator(".clause-body")).ToContainTextAsync(AddedWords.Trim());
        await steward.Context.CloseAsync();
        await proposer.Context.CloseAsync();
    }

    private async Task<IPage> SignedInPageAsync(E2EPerson person)
    {
        var context = await charter.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = charter.Server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 375, Height = 812 },
        });
        context.SetDefaultTimeout(EditorPage.Patience);
        await E2EPeople.SignInAsync(context, person, charter.Server.BaseAddress);
        return await context.NewPageAsync();
    }

    private static async Task<string> ProposeAndOpenAsync(IPage page)
    {
        await page.SelectOptionAsync("select[name='propose-kind']", "ReplaceText");
        await page.FillAsync("input[name='propose-title']", "Decided by organisations");
        await page.FillAsync("textarea[name='propose-rationale']", "The coalition decides as organisations.");
        var body = page.Locator("textarea[name='propose-clause-body']");
        await body.FillAsync(await body.InputValueAsync() + AddedWords);
        await page.Locator("button[value='propose']").ClickAsync();
        var amendment = page.Locator("article.amendment").Filter(new() { HasText = "Decided by organisations" });
        await Assertions.Expect(amendment).ToHaveAttributeAsync("data-status", "Draft");
        var id = await amendment.GetAttributeAsync("data-amendment") ?? throw new InvalidOperationException("The amendment has no id.");
        await page.Locator($"button[value='open:{id}']").ClickAsync();
        await Assertions.Expect(page.Locator($"[data-amendment='{id}']")).ToHaveAttributeAsync("data-status", "Open");
        return id;
    }

    /// <summary>The delegate sees one vote control, named after their organisation, and votes yes with it.</summary>
    private async Task VoteForOrganisationAsync(E2EPerson delegatePerson, string ballot, string organisation)
    {
        var page = await SignedInPageAsync(delegatePerson);
        await page.GotoAsync($"charters/bill-of-rights/clauses/{Clause}");
        var controls = page.Locator($"[data-ballot='{ballot}'] fieldset[data-organisation]");
        await Assertions.Expect(controls).ToHaveCountAsync(1);
        var control = page.Locator($"[data-ballot='{ballot}'] fieldset[data-organisation]").Filter(new() { HasText = $"Vote for {organisation}" });
        await control.GetByRole(AriaRole.Button, new() { Name = "Vote yes" }).ClickAsync();
        await Assertions.Expect(page.Locator($"[data-ballot='{ballot}'] fieldset[data-organisation]")).ToHaveAttributeAsync("data-my-vote", "Yes");
        await page.Context.CloseAsync();
    }
}
