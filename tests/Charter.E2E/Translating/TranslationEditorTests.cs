using Charter.Domain.Drafts;
using Charter.E2E.Editing;
using Charter.Web.Hosting;
using Microsoft.Playwright;

namespace Charter.E2E.Translating;

/// <summary>
/// A translation goes stale when its source changes, and confirming it clears the badge: the
/// source edited in the edit page, the translation confirmed in the translation editor, the badge
/// read in the read view, all on the real app in Chromium.
/// </summary>
public sealed class TranslationEditorTests(RunningCharter charter) : IClassFixture<RunningCharter>
{
    private static readonly float Patience = EditorPage.Patience;

    private static Clause FirstClause =>
        DraftFolder.Load(CharterPaths.Locate().Resolve("drafts"))[0].Source.Clauses.First();

    [Fact]
    public async Task EditSourceThenConfirm_SpanishTranslation_ShowsStaleThenTheBadgeGoes()
    {
        var clauseId = FirstClause.Id;
        var reader = await charter.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = charter.Server.BaseAddress.ToString() });
        await reader.GotoAsync("/?lang=es");
        var readClause = reader.Locator($"article#{clauseId}");
        await Assertions.Expect(readClause.Locator(".clause-title")).ToBeVisibleAsync();
        await Assertions.Expect(readClause.Locator("[data-translation-state]")).ToHaveCountAsync(0);

        var editor = await EditorPage.OpenAsync(charter, "Ana");
        await editor.PlaceCursorAtEndOfBodyAsync(clauseId);
        await editor.TypeAsync(" Amended.");
        await editor.WaitUntilSavedAsync();

        await reader.ReloadAsync();
        await Assertions.Expect(readClause.Locator("[data-translation-state='stale']")).ToBeVisibleAsync(new() { Timeout = Patience });

        var translator = await EditorPage.NewSignedInPageAsync(charter, "Camila");
        await translator.GotoAsync(new Uri(charter.Server.BaseAddress, "translate/es").ToString());
        var row = translator.Locator($"article.translation-row#{clauseId}");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-translation-state", "stale", new() { Timeout = Patience });
        await Assertions.Expect(row.Locator(".source-body")).ToContainTextAsync("Amended.");

        await row.Locator("button.confirm-translation").ClickAsync();

        await Assertions.Expect(row).ToHaveAttributeAsync("data-translation-state", "current", new() { Timeout = Patience });
        await Assertions.Expect(row.Locator("button.confirm-translation")).ToBeDisabledAsync();
        await reader.ReloadAsync();
        await Assertions.Expect(readClause.Locator(".clause-title")).ToBeVisibleAsync();
        await Assertions.Expect(readClause.Locator("[data-translation-state]")).ToHaveCountAsync(0);
        await editor.CloseAsync();
        await translator.Context.CloseAsync();
        await reader.Context.CloseAsync();
    }

    [Fact]
    public async Task TranslatorOpen_SourceEditedElsewhere_RowTurnsStaleLive()
    {
        var clauseId = DraftFolder.Load(CharterPaths.Locate().Resolve("drafts"))[0].Source.Clauses.Skip(1).First().Id;
        var translator = await EditorPage.NewSignedInPageAsync(charter, "Daniel");
        await translator.GotoAsync(new Uri(charter.Server.BaseAddress, "translate/pt").ToString());
        var row = translator.Locator($"article.translation-row#{clauseId}");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-translation-state", "current", new() { Timeout = Patience });

        var editor = await EditorPage.OpenAsync(charter, "Beto");
        await editor.PlaceCursorAtEndOfBodyAsync(clauseId);
        await editor.TypeAsync(" Changed.");

        await Assertions.Expect(row).ToHaveAttributeAsync("data-translation-state", "stale", new() { Timeout = Patience });
        await Assertions.Expect(row.Locator(".translation-state")).ToHaveTextAsync("Out of date: the original changed after this translation was confirmed.");
        await editor.WaitUntilSavedAsync();
        await editor.CloseAsync();
        await translator.Context.CloseAsync();
    }
}
