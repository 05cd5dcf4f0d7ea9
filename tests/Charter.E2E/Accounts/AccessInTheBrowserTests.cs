using System.Text.RegularExpressions;
using Charter.Domain.Drafts;
using Charter.E2E.Editing;
using Charter.Web.Hosting;
using Microsoft.Playwright;

namespace Charter.E2E.Accounts;

/// <summary>Invitations, observers and deactivation as people meet them in the browser.</summary>
public sealed class AccessInTheBrowserTests(RunningCharter charter) : IClassFixture<RunningCharter>
{
    private static readonly IReadOnlyList<Clause> SourceClauses =
        DraftFolder.Load(CharterPaths.Locate().Resolve("drafts"))[0].Source.Clauses.ToList();

    private static readonly float Patience = EditorPage.Patience;

    [Fact]
    public async Task Invitation_SignUpInTheBrowser_ThenEditsAClause()
    {
        var link = await charter.People.InviteAsync("Member");
        var context = await charter.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = charter.Server.BaseAddress.ToString() });
        context.SetDefaultTimeout(Patience);
        var page = await context.NewPageAsync();

        await page.GotoAsync(link);
        await Assertions.Expect(page.Locator(".account-page")).ToContainTextAsync("You are invited to join as member.");
        await page.GetByLabel("Display name").FillAsync("Inés");
        await page.GetByLabel("E-mail").FillAsync($"ines-{Guid.NewGuid():N}@example.org");
        await page.GetByLabel("Password").FillAsync(E2EPeople.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
        await Assertions.Expect(page.Locator(".account-name")).ToHaveTextAsync("Inés");

        await page.GotoAsync("edit");
        await Assertions.Expect(page.Locator("[data-charter-editor]")).ToHaveAttributeAsync("data-loaded", "true");
        var body = page.Locator($"article#{SourceClauses[2].Id} .clause-body-editor .cm-content");
        await body.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync(" signed-up-and-editing");
        await Assertions.Expect(page.Locator("[data-role='status']")).ToHaveAttributeAsync("data-sync-status", "saved");
        await Assertions.Expect(body).ToContainTextAsync("signed-up-and-editing");
        await context.CloseAsync();
    }

    [Fact]
    public async Task EditPage_Observer_SeesReadOnlyEditorsWithoutStructureButtons()
    {
        var olga = await EditorPage.OpenAsync(charter, "Olga", role: "Observer");

        await Assertions.Expect(olga.Page.Locator("[data-charter-editor]")).ToHaveAttributeAsync("data-read-only", "true");
        await Assertions.Expect(olga.Page.Locator("[data-role='read-only-notice']")).ToBeVisibleAsync();
        await Assertions.Expect(olga.Body(SourceClauses[0].Id)).ToHaveAttributeAsync("contenteditable", "false");
        await Assertions.Expect(olga.Page.Locator("button.add-clause:visible")).ToHaveCountAsync(0);
        await olga.CloseAsync();
    }

    [Fact]
    public async Task Deactivate_MemberWithEditorOpen_EditorTurnsReadOnly()
    {
        var mateo = await EditorPage.OpenAsync(charter, "Mateo");
        await Assertions.Expect(mateo.Body(SourceClauses[4].Id)).ToHaveAttributeAsync("contenteditable", "true");

        await charter.People.DeactivateAsync(mateo.Person!);

        await Assertions.Expect(mateo.Page.Locator("[data-charter-editor]")).ToHaveAttributeAsync("data-read-only", "true", new() { Timeout = Patience });
        await Assertions.Expect(mateo.Body(SourceClauses[4].Id)).ToHaveAttributeAsync("contenteditable", "false");
        await Assertions.Expect(mateo.Page.Locator("[data-role='read-only-notice']")).ToBeVisibleAsync();
        await mateo.CloseAsync();
    }

    [Fact]
    public async Task Deactivate_MemberReadingLive_TheirCircuitEndsAndThePageNoLongerKnowsThem()
    {
        var person = await charter.People.CreateAsync("Member", "Renata");
        var context = await charter.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = charter.Server.BaseAddress.ToString() });
        context.SetDefaultTimeout(Patience);
        await E2EPeople.SignInAsync(context, person, charter.Server.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator(".read-view")).ToHaveAttributeAsync("data-live", "true");
        await Assertions.Expect(page.Locator(".account-name")).ToHaveTextAsync("Renata");

        await charter.People.DeactivateAsync(person);

        // Nothing in the test navigates: the server closes the circuit, refuses to resume it, and
        // the page that loads in its place meets the person's new standing.
        await Assertions.Expect(page.Locator(".account-name")).ToHaveCountAsync(0, new() { Timeout = Patience });
        await context.CloseAsync();
    }
}
