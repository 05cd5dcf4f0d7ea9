using Charter.Domain.Drafts;
using Charter.E2E.Editing;
using Charter.Web.Hosting;
using Microsoft.Playwright;

namespace Charter.E2E.Translating;

/// <summary>
/// Part titles and the charter's title and preamble are translated in the same side-by-side editor
/// as clauses, and the read view in that language shows what was typed: on the real app in Chromium.
/// </summary>
public sealed class PartTitleTranslationTests(RunningCharter charter) : IClassFixture<RunningCharter>
{
    private static readonly float Patience = EditorPage.Patience;

    private const string NewTitle = "Segunda parte: Quienes sostienen la red";

    private static Part SecondPart =>
        DraftFolder.Load(CharterPaths.Locate().Resolve("drafts"))[0].Source.Parts[1];

    [Fact]
    public async Task TypeIntoSpanishPartTitle_ThenReadInSpanish_ShowsTheNewTitle()
    {
        var partId = SecondPart.Id;
        var translator = await EditorPage.NewSignedInPageAsync(charter, "Lucía");
        await translator.GotoAsync(new Uri(charter.Server.BaseAddress, "translate/es").ToString());
        var header = translator.Locator("article.translation-meta");
        await Assertions.Expect(header).ToHaveAttributeAsync("data-translation-state", "current", new() { Timeout = Patience });
        await Assertions.Expect(header.Locator(".source-title")).ToHaveTextAsync("Bill of Rights for Internet Participants");
        var row = translator.Locator($"article.translation-part#{partId}");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-translation-state", "current", new() { Timeout = Patience });
        await Assertions.Expect(row.Locator(".source-title")).ToHaveTextAsync(SecondPart.Title);

        var title = row.Locator(".clause-title-editor .cm-content");
        await title.ClickAsync();
        await translator.Keyboard.PressAsync("Control+A");
        await translator.Keyboard.TypeAsync(NewTitle, new KeyboardTypeOptions { Delay = 20 });
        await Assertions.Expect(title).ToHaveTextAsync(NewTitle);
        await Assertions.Expect(translator.Locator("[data-role='status']")).ToHaveAttributeAsync("data-sync-status", "saved", new() { Timeout = Patience });

        var reader = await charter.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = charter.Server.BaseAddress.ToString() });
        await reader.GotoAsync("/?lang=es");
        var heading = reader.Locator($"section#{partId} > h2");
        await Assertions.Expect(heading).ToHaveTextAsync(NewTitle, new() { Timeout = Patience });
        await Assertions.Expect(reader.Locator($"section#{partId} > .fallback-note")).ToHaveCountAsync(0);
        await translator.Context.CloseAsync();
        await reader.Context.CloseAsync();
    }
}
