using System.Text.RegularExpressions;
using Charter.E2E.Accounts;
using Charter.E2E.Editing;
using Microsoft.Playwright;

namespace Charter.E2E.Accessibility;

/// <summary>
/// A running charter with something on every page, made through the pages themselves: two
/// published versions that differ, an amendment with a diff under an open ballot, a ballot the
/// steward voted in, a history, notifications, and an unused invitation.
/// </summary>
public sealed partial class SeededCharter : IAsyncLifetime
{
    public const string AmendedClause = "c-b73y";
    public const string EditedClause = "c-6ycp";
    private const string ClausesPath = "charters/bill-of-rights/clauses/";

    public RunningCharter Charter { get; } = new();

    public E2EPerson Steward { get; private set; } = null!;

    public E2EPerson Member { get; private set; } = null!;

    /// <summary>An invitation nobody has used, for the sign-up page.</summary>
    public string JoinPath { get; private set; } = "";

    /// <summary>The setup link, used by now: the page says so.</summary>
    public string SetupPath { get; private set; } = "";

    /// <summary>One kept state of the charter, for the history state page.</summary>
    public string HistoryStatePath { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await Charter.InitializeAsync();
        Steward = await Charter.People.CreateAsync("Steward", "Alma Steward");
        // Made before the ballots open, so he is in their electorate and is notified.
        Member = await Charter.People.CreateAsync("Member", "Mateo Member");
        JoinPath = await Charter.People.InviteAsync("Member");
        SetupPath = new Uri(SetupLink().Match(Charter.Server.Output).Value).PathAndQuery;

        var page = await NewPageAsync(Steward, ColorScheme.Light);
        await PublishAsync(page, 1);
        await AppendToClauseAsync(page);
        await PublishAsync(page, 2);
        await ProposeOpenAndBallotAsync(page);
        await OpenClauseBallotAndVoteAsync(page);

        await page.GotoAsync("charters/bill-of-rights/history");
        HistoryStatePath = await page.Locator("a[href*='/history/']").First.GetAttributeAsync("href")
            ?? throw new InvalidOperationException("The history page links to no kept state.");
        await page.Context.CloseAsync();
    }

    public Task DisposeAsync() => Charter.DisposeAsync();

    /// <summary>A new browser context in <paramref name="scheme"/>, signed in as <paramref name="person"/> unless null.</summary>
    public async Task<IPage> NewPageAsync(E2EPerson? person, ColorScheme scheme)
    {
        var context = await Charter.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Charter.Server.BaseAddress.ToString(),
            ColorScheme = scheme,
        });
        context.SetDefaultTimeout(EditorPage.Patience);
        if (person is not null)
        {
            await E2EPeople.SignInAsync(context, person, Charter.Server.BaseAddress);
        }

        return await context.NewPageAsync();
    }

    private static async Task PublishAsync(IPage page, int number)
    {
        await page.GotoAsync("versions");
        await page.FillAsync("#publish-notes", $"Version {number} for the accessibility tour");
        await page.CheckAsync("#publish-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Publish version {number}" }).ClickAsync();
        await Assertions.Expect(page.Locator($"tr[data-version='{number}']")).ToBeVisibleAsync();
    }

    private static async Task AppendToClauseAsync(IPage page)
    {
        await page.GotoAsync("edit");
        await Assertions.Expect(page.Locator("[data-charter-editor]")).ToHaveAttributeAsync("data-loaded", "true");
        await page.Locator($"article#{EditedClause} .clause-body-editor .cm-content").ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync(" Edited for the tour.", new KeyboardTypeOptions { Delay = 20 });
        await Assertions.Expect(page.Locator("[data-role='status']")).ToHaveAttributeAsync("data-sync-status", "saved");
    }

    /// <summary>An amendment with inserted words, opened for discussion and put to a ballot.</summary>
    private static async Task ProposeOpenAndBallotAsync(IPage page)
    {
        await page.GotoAsync(ClausesPath + AmendedClause);
        await page.SelectOptionAsync("select[name='propose-kind']", "ReplaceText");
        await page.FillAsync("input[name='propose-title']", "Say it plainly");
        await page.FillAsync("textarea[name='propose-rationale']", "One more sentence makes the right *enforceable*.");
        var body = page.Locator("textarea[name='propose-clause-body']");
        await body.FillAsync(await body.InputValueAsync() + " Inserted for the tour.");
        await page.Locator("button[value='propose']").ClickAsync();
        var amendment = page.Locator("article.amendment").Filter(new() { HasText = "Say it plainly" });
        var id = await amendment.GetAttributeAsync("data-amendment") ?? throw new InvalidOperationException("The amendment has no id.");
        await page.Locator($"button[value='open:{id}']").ClickAsync();
        await Assertions.Expect(page.Locator($"[data-amendment='{id}']")).ToHaveAttributeAsync("data-status", "Open");

        var card = page.Locator($"[data-amendment='{id}']");
        await card.Locator("input[name='ballot-quorum']").FillAsync("25");
        await page.Locator($"button[value='ballot:{id}']").ClickAsync();
        await Assertions.Expect(page.Locator("fieldset.ballot[data-closed='false']")).ToHaveCountAsync(1);
    }

    /// <summary>A ballot on a clause as it stands, in which the steward has voted.</summary>
    private static async Task OpenClauseBallotAndVoteAsync(IPage page)
    {
        await page.GotoAsync(ClausesPath + EditedClause);
        var form = page.Locator("#clause-ballot form");
        await form.Locator("input[name='ballot-quorum']").FillAsync("10");
        await page.Locator("button[value='ballot:clause']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#ballot-"), new() { Timeout = EditorPage.Patience });
        var ballot = page.Locator("fieldset.ballot[data-closed='false']");
        var id = await ballot.GetAttributeAsync("data-ballot") ?? throw new InvalidOperationException("The ballot has no id.");
        await page.Locator($"button[value='vote:{id}:Yes']").ClickAsync();
        await Assertions.Expect(ballot.Locator(".my-vote")).ToHaveAttributeAsync("data-my-vote", "Yes");
    }

    [GeneratedRegex(@"https?://\S+?/account/setup/[A-Za-z0-9_-]+")]
    private static partial Regex SetupLink();
}
