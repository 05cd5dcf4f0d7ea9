using Charter.Domain.Drafts;
using Charter.E2E.Editing;
using Charter.Web.Hosting;
using Microsoft.Playwright;

namespace Charter.E2E.History;

/// <summary>
/// History and restore in the browser against the real app: a member overwrites a clause, a
/// steward finds its earlier text on the clause's history page and restores it with the keyboard,
/// and both open editors show it without a reload.
/// </summary>
public sealed class HistoryRestoreTests(RunningCharter charter) : IClassFixture<RunningCharter>
{
    private static readonly DraftSet Draft = DraftFolder.Load(CharterPaths.Locate().Resolve("drafts"))[0];

    private static readonly float Patience = EditorPage.Patience;

    [Fact]
    public async Task OverwrittenClause_StewardRestoresEarlierText_BothOpenEditorsShowItWithoutReload()
    {
        var clause = Draft.Source.Clauses.ElementAt(2);
        var stewardEditor = await EditorPage.OpenAsync(charter, "Stella Restorer", "Steward");
        var memberEditor = await EditorPage.OpenAsync(charter, "Beto Overwriter");
        var name = await stewardEditor.Page.Locator("[data-charter-editor]").GetAttributeAsync("data-charter")
            ?? throw new InvalidOperationException("The edit page names no charter.");
        var original = await stewardEditor.BodyTextAsync(clause.Id);

        // A publication keeps the charter as it is now in its history.
        var stewardPages = await stewardEditor.Context.NewPageAsync();
        await stewardPages.GotoAsync("versions");
        await stewardPages.FillAsync("#publish-notes", "Before the overwrite");
        await stewardPages.CheckAsync("#publish-confirm");
        await stewardPages.GetByRole(AriaRole.Button, new() { Name = "Publish version 1" }).ClickAsync();
        await Assertions.Expect(stewardPages.Locator("p[role=status]")).ToHaveTextAsync("Version 1 is published.");

        // The member replaces the whole body.
        await memberEditor.Body(clause.Id).ClickAsync();
        await memberEditor.Page.Keyboard.PressAsync("Control+A");
        await memberEditor.TypeAsync("Overwritten by Beto");
        await memberEditor.WaitUntilSavedAsync();
        await Eventually.EqualAsync(() => Task.FromResult("Overwritten by Beto"), () => stewardEditor.BodyTextAsync(clause.Id), TimeSpan.FromMilliseconds(Patience));

        // The steward opens the clause's history from the edit page, on a phone-sized screen.
        await stewardPages.SetViewportSizeAsync(375, 740);
        await stewardPages.GotoAsync($"charters/{name}/edit");
        await Assertions.Expect(stewardPages.Locator("[data-charter-editor]")).ToHaveAttributeAsync("data-loaded", "true", new() { Timeout = Patience });
        await stewardPages.Locator($"article#{clause.Id} a.clause-history").ClickAsync();
        await Assertions.Expect(stewardPages).ToHaveURLAsync(new Uri(charter.Server.BaseAddress, $"charters/{name}/clauses/{clause.Id}/history").ToString());
        var kept = stewardPages.Locator("li.history-entry", new() { HasText = "Publication" });
        await Assertions.Expect(kept).ToHaveCountAsync(1);
        Assert.True(await stewardPages.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "The history page scrolls sideways at 375 px.");

        // Restored with the keyboard: focus the button, press Enter.
        await kept.GetByRole(AriaRole.Button, new() { Name = "Restore this text" }).FocusAsync();
        await stewardPages.Keyboard.PressAsync("Enter");
        await Assertions.Expect(stewardPages.Locator("[data-role='restore-done']")).ToHaveTextAsync("Restored. Everyone editing the charter sees it now.");

        foreach (var editor in new[] { stewardEditor, memberEditor })
        {
            await Eventually.EqualAsync(() => Task.FromResult(original), () => editor.BodyTextAsync(clause.Id), TimeSpan.FromMilliseconds(Patience));
        }

        await stewardEditor.CloseAsync();
        await memberEditor.CloseAsync();
    }
}
