using Charter.E2E.Editing;
using Microsoft.Playwright;

namespace Charter.E2E.Governance;

/// <summary>
/// Issue 6's whole round in Chromium against the real app: a member proposes an amendment on the
/// clause page and opens it, a steward puts it to a ballot from its card, three members vote in their own
/// browser contexts, the steward closes the ballot early, and two editors who had the edit page
/// open all along see the adopted text appear without reloading.
/// </summary>
public sealed class AmendmentVoteFlowTests(RunningCharter charter) : IClassFixture<RunningCharter>
{
    private const string Clause = "c-b73y";
    private const string AddedWords = " Adopted-by-ballot-e2e.";

    [Fact]
    public async Task CloseEarly_BallotPassesTwoToOne_EveryOpenEditorShowsAdoptedTextWithoutReload()
    {
        var editors = new[] { await EditorPage.OpenAsync(charter, "Eda Editor"), await EditorPage.OpenAsync(charter, "Eli Editor") };
        foreach (var editor in editors)
        {
            await Assertions.Expect(editor.Body(Clause)).Not.ToContainTextAsync(AddedWords.Trim());
            await Assertions.Expect(editor.Clause(Clause).Locator("a.clause-governance")).ToHaveAttributeAsync("href", $"charters/bill-of-rights/clauses/{Clause}");
            // Survives only as long as the page is not reloaded.
            await editor.Page.EvaluateAsync("() => { window.charterE2eSamePage = true; }");
        }

        var proposer = await ClausePageAsync("Pia Proposer", "Member");
        var amendmentId = await ProposeAndOpenAsync(proposer);

        // The electorate is fixed when the ballot opens, so the voters join the coalition first.
        var voters = new[] { await ClausePageAsync("Vera Voter", "Member"), await ClausePageAsync("Victor Voter", "Member"), await ClausePageAsync("Valentina Voter", "Member") };
        var steward = await ClausePageAsync("Sol Steward", "Steward");
        var ballot = await OpenBallotAsync(steward, amendmentId);

        await VoteAsync(voters[0], ballot, "Yes");
        await VoteAsync(voters[1], ballot, "Yes");
        await VoteAsync(voters[2], ballot, "No");

        await steward.ReloadAsync();
        await steward.Locator($"[data-ballot='{ballot}'] input[name='confirm']").CheckAsync();
        await steward.Locator($"button[value='close:{ballot}']").ClickAsync();
        var closed = steward.Locator($"[data-ballot='{ballot}']");
        await Assertions.Expect(closed).ToHaveAttributeAsync("data-closed", "true");
        await Assertions.Expect(closed.Locator(".ballot-outcome")).ToHaveAttributeAsync("data-outcome", "Passed");
        await Assertions.Expect(steward.Locator($"[data-amendment='{amendmentId}']")).ToHaveAttributeAsync("data-status", "Adopted");

        foreach (var editor in editors)
        {
            await Assertions.Expect(editor.Body(Clause)).ToContainTextAsync(AddedWords.Trim(), new() { Timeout = EditorPage.Patience });
            Assert.EndsWith(AddedWords, await editor.BodyTextAsync(Clause), StringComparison.Ordinal);
            Assert.True(await editor.Page.EvaluateAsync<bool>("() => window.charterE2eSamePage === true"), $"{editor.Name}'s page was reloaded.");
        }

        await Assertions.Expect(steward.Locator(".clause-body")).ToContainTextAsync(AddedWords.Trim());
        foreach (var editor in editors)
        {
            await editor.CloseAsync();
        }
    }

    /// <summary>A new browser context signed in as a new person, on the clause's page.</summary>
    private async Task<IPage> ClausePageAsync(string name, string role)
    {
        var person = await charter.People.CreateAsync(role, name);
        var context = await charter.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = charter.Server.BaseAddress.ToString() });
        context.SetDefaultTimeout(EditorPage.Patience);
        await Accounts.E2EPeople.SignInAsync(context, person, charter.Server.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"charters/bill-of-rights/clauses/{Clause}");
        await Assertions.Expect(page.Locator($"article.clause-page[data-clause='{Clause}']")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Proposes the clause's text plus <see cref="AddedWords"/> and opens the draft for voting.</summary>
    private static async Task<string> ProposeAndOpenAsync(IPage page)
    {
        await page.SelectOptionAsync("select[name='propose-kind']", "ReplaceText");
        await page.FillAsync("input[name='propose-title']", "Say it plainly");
        await page.FillAsync("textarea[name='propose-rationale']", "One more sentence makes the right *enforceable*.");
        var body = page.Locator("textarea[name='propose-clause-body']");
        await body.FillAsync(await body.InputValueAsync() + AddedWords);
        await page.Locator("button[value='propose']").ClickAsync();

        var amendment = page.Locator("article.amendment").Filter(new() { HasText = "Say it plainly" });
        await Assertions.Expect(amendment).ToHaveAttributeAsync("data-status", "Draft");
        var id = await amendment.GetAttributeAsync("data-amendment") ?? throw new InvalidOperationException("The amendment has no id.");
        await Assertions.Expect(amendment.Locator("ins").First).ToContainTextAsync(AddedWords.Trim());

        await page.Locator($"button[value='open:{id}']").ClickAsync();
        await Assertions.Expect(page.Locator($"[data-amendment='{id}']")).ToHaveAttributeAsync("data-status", "Open");
        return id;
    }

    /// <summary>
    /// Opens a ballot on the amendment with a quorum of a quarter: the server's electorate is every
    /// member and steward this test made, and three of them vote.
    /// </summary>
    private static async Task<string> OpenBallotAsync(IPage steward, string amendmentId)
    {
        await steward.ReloadAsync();
        var card = steward.Locator($"[data-amendment='{amendmentId}']");
        await card.Locator("input[name='ballot-quorum']").FillAsync("25");
        await card.Locator("select[name='ballot-threshold']").SelectOptionAsync("SimpleMajority");
        await steward.Locator($"button[value='ballot:{amendmentId}']").ClickAsync();
        var ballot = steward.Locator("fieldset.ballot[data-closed='false']");
        await Assertions.Expect(ballot).ToHaveCountAsync(1);
        return await ballot.GetAttributeAsync("data-ballot") ?? throw new InvalidOperationException("The ballot has no id.");
    }

    private static async Task VoteAsync(IPage voter, string ballot, string option)
    {
        await voter.ReloadAsync();
        await voter.Locator($"button[value='vote:{ballot}:{option}']").ClickAsync();
        await Assertions.Expect(voter.Locator($"[data-ballot='{ballot}'] .my-vote")).ToHaveAttributeAsync("data-my-vote", option);
        await voter.Context.CloseAsync();
    }
}
