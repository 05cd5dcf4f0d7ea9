using System.Text.RegularExpressions;
using Charter.E2E.Accounts;
using Charter.E2E.Editing;
using Microsoft.Playwright;

namespace Charter.E2E.Governance;

/// <summary>
/// An organiser in Guatemala City on a 375 px phone, in Spanish, using the keyboard: Enter in a
/// text field submits only that field's own form; a notification leads to its ballot, where
/// she votes; her agenda lists the ballot until she has voted.
/// </summary>
public sealed class OrganiserLoopTests(RunningCharter charter) : IClassFixture<RunningCharter>
{
    private const string Clause = "c-b73y";
    private const string ClausePath = $"charters/bill-of-rights/clauses/{Clause}";
    // A clause has at most one open ballot, and the tests share one charter: each opens its own.
    private const string NotifiedClausePath = "charters/bill-of-rights/clauses/c-6ycp";

    [Fact]
    public async Task EnterInAmendmentTitle_AfterVotingNo_SubmitsOnlyTheProposalAndTheVoteStaysNo()
    {
        var organiser = await charter.People.CreateAsync("Member", "Ana Organizadora", "es");
        var steward = await charter.People.CreateAsync("Steward", "Sol Steward");
        var stewardPage = await PhonePageAsync(steward, ClausePath);
        var ballotId = await OpenClauseBallotAsync(stewardPage);
        var page = await PhonePageAsync(organiser, ClausePath);
        var ballot = page.Locator($"fieldset.ballot[data-ballot='{ballotId}']");
        await ballot.Locator("button[value$=':No']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(ballot.Locator(".my-vote")).ToHaveAttributeAsync("data-my-vote", "No");

        var title = page.Locator("input[name='propose-title']");
        await title.FocusAsync();
        await page.Keyboard.TypeAsync("Decirlo claro");
        await page.Keyboard.PressAsync("Enter");

        // The proposal's own form was submitted: it answers for itself (a rationale is missing).
        await Assertions.Expect(page.Locator("#propose .form-error")).ToContainTextAsync("Una enmienda necesita una justificación");
        await Assertions.Expect(ballot.Locator(".my-vote")).ToHaveAttributeAsync("data-my-vote", "No");
        await page.Context.CloseAsync();
        await stewardPage.Context.CloseAsync();
    }

    [Fact]
    public async Task NotificationFollowedToItsBallot_VoteCastThere_AgendaListsTheBallotUntilThen()
    {
        var organiser = await charter.People.CreateAsync("Member", "Beatriz Organizadora", "es");
        var steward = await charter.People.CreateAsync("Steward", "Santi Steward");
        var stewardPage = await PhonePageAsync(steward, NotifiedClausePath);
        var ballotId = await OpenClauseBallotAsync(stewardPage);
        var page = await PhonePageAsync(organiser, "agenda");

        var listed = page.Locator($".agenda-list li[data-ballot='{ballotId}']");
        await Assertions.Expect(listed).ToHaveAttributeAsync("data-voted", "false");
        await Assertions.Expect(listed).ToContainTextAsync("No has votado");

        await page.Locator(".needs-me-nav a[href='notifications']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var notification = page.Locator(".notification-list li[data-kind='ballot.opened'] a").First;
        await Assertions.Expect(notification).ToContainTextAsync("Se abrió una votación:");
        await notification.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(NotifiedClausePath) + "#ballot-"), new() { Timeout = EditorPage.Patience });
        var ballot = page.Locator($"fieldset.ballot[data-ballot='{ballotId}']");
        await Assertions.Expect(ballot.Locator("legend")).ToContainTextAsync("¿Aprobar esta cláusula?");
        await ballot.Locator("button[value$=':Yes']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(ballot.Locator(".form-done")).ToHaveTextAsync("Tu voto quedó registrado.");
        await Assertions.Expect(ballot.Locator(".my-vote")).ToHaveAttributeAsync("data-my-vote", "Yes");
        Assert.EndsWith($"#ballot-{Guid.Parse(ballotId):N}", page.Url, StringComparison.Ordinal);

        await page.GotoAsync("agenda");
        await Assertions.Expect(page.Locator($".agenda-list li[data-ballot='{ballotId}']")).ToHaveAttributeAsync("data-voted", "true");
        await page.Context.CloseAsync();
        await stewardPage.Context.CloseAsync();
    }

    [Fact]
    public async Task EditPage_OnA375By667Phone_FirstClauseStartsOnTheFirstScreen()
    {
        var organiser = await charter.People.CreateAsync("Member", "Carla Organizadora", "es");
        var page = await PhonePageAsync(organiser, "edit");
        await Assertions.Expect(page.Locator("[data-charter-editor]")).ToHaveAttributeAsync("data-loaded", "true", new() { Timeout = EditorPage.Patience });

        var firstClause = await page.Locator("article.edit-clause").First.BoundingBoxAsync() ?? throw new InvalidOperationException("No clause is shown.");
        var contents = await page.Locator("nav.toc").BoundingBoxAsync() ?? throw new InvalidOperationException("No contents.");

        Assert.True(firstClause.Y < 667, $"The first clause starts {firstClause.Y} px down, below the first screen.");
        Assert.True(contents.Y > firstClause.Y, "The contents should come after the clauses on a phone.");
        await page.Context.CloseAsync();
    }

    /// <summary>A signed-in phone-sized browser context on <paramref name="path"/>.</summary>
    private async Task<IPage> PhonePageAsync(E2EPerson person, string path)
    {
        var context = await charter.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = charter.Server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 375, Height = 667 },
            HasTouch = true,
        });
        context.SetDefaultTimeout(EditorPage.Patience);
        await E2EPeople.SignInAsync(context, person, charter.Server.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    /// <summary>The steward opens a ballot on the clause as a whole, by keyboard; returns its id.</summary>
    private static async Task<string> OpenClauseBallotAsync(IPage steward)
    {
        var form = steward.Locator("#clause-ballot form");
        await form.Locator("input[name='ballot-quorum']").FillAsync("10");
        await form.Locator("input[name='ballot-days']").FocusAsync();
        await steward.Keyboard.PressAsync("Enter");
        await Assertions.Expect(steward).ToHaveURLAsync(new Regex("#ballot-"), new() { Timeout = EditorPage.Patience });
        var opened = steward.Locator("fieldset.ballot[data-closed='false']").Last;
        return await opened.GetAttributeAsync("data-ballot") ?? throw new InvalidOperationException("The ballot has no id.");
    }
}
