using Charter.Domain.Drafts;
using Charter.Web.Components.Editing;
using Charter.Web.Hosting;
using Microsoft.Playwright;

namespace Charter.E2E.Editing;

/// <summary>
/// A repeat visit to the edit page: the browser holds its copy of the charter in IndexedDB and
/// says so in a cookie, so the page leaves the charter's state out and the editors start from the
/// copy, with what changed since arriving from the hub. A browser whose copy is gone still gets
/// everything, and the page carries the state again on its next visit.
/// </summary>
public sealed class RepeatVisitTests(RunningCharter charter) : IClassFixture<RunningCharter>
{
    private static readonly DraftSet Draft = DraftFolder.Load(CharterPaths.Locate().Resolve("drafts"))[0];

    private static readonly float Patience = EditorPage.Patience;

    [Fact]
    public async Task OpenEditPageAgain_CopyHeldThenLost_StateLeftOutOnlyWhileTheCopyIsThere()
    {
        var clause = Draft.Source.Clauses.ElementAt(5).Id;
        var ana = await EditorPage.OpenAsync(charter, "Ana");
        Assert.False(string.IsNullOrEmpty(await FirstStateAsync(ana)));
        await ana.WaitUntilStoredLocallyAsync(Draft.Name);
        Assert.True(await HoldsCookieAsync(ana));

        var beto = await EditorPage.OpenAsync(charter, "Beto");
        await beto.PlaceCursorAtEndOfBodyAsync(clause);
        await beto.TypeAsync(" written-between-visits");
        await beto.WaitUntilSavedAsync();

        await ana.LoadAsync();
        Assert.Null(await FirstStateAsync(ana));
        await Assertions.Expect(ana.Body(clause)).ToContainTextAsync("written-between-visits", new() { Timeout = Patience });

        // The copy goes (site storage evicted) while the cookie stays: the page still arrives
        // without the state, the join brings all of it, and the cookie is dropped.
        await ana.Page.GotoAsync("versions");
        await ana.Page.EvaluateAsync(
            """
            name => new Promise((resolve, reject) => {
              const deletion = indexedDB.deleteDatabase(name);
              deletion.onsuccess = () => resolve();
              deletion.onerror = () => reject(deletion.error);
            })
            """,
            $"charter:{Draft.Name}");
        await ana.LoadAsync();
        Assert.Null(await FirstStateAsync(ana));
        await Assertions.Expect(ana.Body(clause)).ToContainTextAsync("written-between-visits", new() { Timeout = Patience });
        Assert.False(await HoldsCookieAsync(ana));

        await ana.LoadAsync();
        Assert.False(string.IsNullOrEmpty(await FirstStateAsync(ana)));
        await ana.CloseAsync();
        await beto.CloseAsync();
    }

    private static async Task<string?> FirstStateAsync(EditorPage editor) =>
        await editor.Page.Locator("[data-charter-editor]").GetAttributeAsync("data-first-state");

    private static async Task<bool> HoldsCookieAsync(EditorPage editor) =>
        (await editor.Context.CookiesAsync()).Any(cookie => cookie.Name == HeldCopyCookie.NameFor(Draft.Name) && cookie.Value == "1");
}
