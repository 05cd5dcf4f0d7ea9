using Microsoft.Playwright;

namespace Charter.E2E.Editing;

/// <summary>
/// The edit page by keyboard alone: the first Tab reaches the skip link; moving a clause keeps
/// focus on the button that moved it, so the next key press moves it again; deleting one puts
/// focus on the same button of the clause that took its place, never back at the page's start.
/// </summary>
public sealed class KeyboardFocusTests(RunningCharter charter) : IClassFixture<RunningCharter>
{
    [Fact]
    public async Task FirstTab_OnTheEditPage_ReachesTheSkipLinkWhichLeadsIntoTheMainContent()
    {
        var editor = await EditorPage.OpenAsync(charter, "Kai Skipper");
        await editor.Page.Keyboard.PressAsync("Tab");
        var skip = editor.Page.Locator("a.skip-link");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToHaveTextAsync("Skip to content");

        await editor.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(editor.Page.Locator("main#main")).ToBeFocusedAsync();
        Assert.EndsWith("/edit#main", editor.Page.Url, StringComparison.Ordinal);
        await editor.CloseAsync();
    }

    [Fact]
    public async Task MoveDownTwiceByKeyboard_FocusStaysOnTheMovedClausesButton_ItsControlsNameItsNewNumber()
    {
        var editor = await EditorPage.OpenAsync(charter, "Kim Mover");
        var moved = await editor.Clauses.Nth(0).GetAttributeAsync("id") ?? throw new InvalidOperationException("The clause has no id.");
        var number = ArticleNumber(await editor.Number(moved).TextContentAsync());
        var moveDown = editor.Clause(moved).Locator("button.move-down");
        await Assertions.Expect(moveDown).ToHaveAttributeAsync("aria-label", $"Move article {number} down");

        await moveDown.FocusAsync();
        await editor.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(editor.Clauses.Nth(1)).ToHaveAttributeAsync("id", moved);
        await Assertions.Expect(moveDown).ToBeFocusedAsync();
        await editor.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(editor.Clauses.Nth(2)).ToHaveAttributeAsync("id", moved);
        await Assertions.Expect(moveDown).ToBeFocusedAsync();

        await Assertions.Expect(moveDown).ToHaveAttributeAsync("aria-label", $"Move article {number + 2} down");
        await Assertions.Expect(editor.Clause(moved).GetByRole(AriaRole.Textbox, new() { Name = $"Title of article {number + 2}", Exact = true })).ToHaveCountAsync(1);
        await Assertions.Expect(editor.Clause(moved).GetByRole(AriaRole.Textbox, new() { Name = $"Text of article {number + 2} (Markdown)", Exact = true })).ToHaveCountAsync(1);
        await editor.WaitUntilSavedAsync();
        await editor.CloseAsync();
    }

    [Fact]
    public async Task DeleteByKeyboard_FocusGoesToTheDeleteButtonOfTheClauseThatTookItsPlace()
    {
        var editor = await EditorPage.OpenAsync(charter, "Kit Deleter", "Steward");
        editor.Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        var count = await editor.Clauses.CountAsync();
        var deleted = await editor.Clauses.Nth(count - 2).GetAttributeAsync("id") ?? throw new InvalidOperationException("The clause has no id.");
        var next = await editor.Clauses.Nth(count - 1).GetAttributeAsync("id") ?? throw new InvalidOperationException("The clause has no id.");
        var number = ArticleNumber(await editor.Number(deleted).TextContentAsync());

        await editor.Clause(deleted).Locator("button.delete-clause").FocusAsync();
        await editor.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(editor.Clause(deleted)).ToHaveCountAsync(0);
        var nextDelete = editor.Clause(next).Locator("button.delete-clause");
        await Assertions.Expect(nextDelete).ToBeFocusedAsync();
        await Assertions.Expect(nextDelete).ToHaveAttributeAsync("aria-label", $"Delete article {number}");

        // The last clause has no next one: focus goes to the clause before it.
        var previous = await editor.Clauses.Nth(count - 3).GetAttributeAsync("id") ?? throw new InvalidOperationException("The clause has no id.");
        await editor.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(editor.Clause(next)).ToHaveCountAsync(0);
        await Assertions.Expect(editor.Clause(previous).Locator("button.delete-clause")).ToBeFocusedAsync();
        await editor.WaitUntilSavedAsync();
        await editor.CloseAsync();
    }

    private static int ArticleNumber(string? label) =>
        int.Parse(label?.Replace("Article ", "", StringComparison.Ordinal) ?? throw new InvalidOperationException("No article number."), System.Globalization.CultureInfo.InvariantCulture);
}
