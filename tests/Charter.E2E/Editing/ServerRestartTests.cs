using Charter.Domain.Drafts;
using Charter.Web.Hosting;
using Microsoft.Playwright;

namespace Charter.E2E.Editing;

/// <summary>Edits survive the server being killed: they were acknowledged only once durable.</summary>
public sealed class ServerRestartTests : IAsyncLifetime
{
    private readonly RunningCharter _charter = new();

    public Task InitializeAsync() => _charter.InitializeAsync();

    public Task DisposeAsync() => _charter.DisposeAsync();

    [Fact]
    public async Task KillAndRestartServer_AfterSavedEdits_AFreshBrowserShowsEveryEdit()
    {
        var clauses = DraftFolder.Load(CharterPaths.Locate().Resolve("drafts"))[0].Source.Clauses.ToList();
        var ana = await EditorPage.OpenAsync(_charter, "Ana");
        await ana.PlaceCursorAtEndOfBodyAsync(clauses[0].Id);
        await ana.TypeAsync(" first-edit-before-restart");
        await ana.PlaceCursorAtEndOfBodyAsync(clauses[3].Id);
        await ana.TypeAsync(" second-edit-before-restart");
        await ana.WaitUntilSavedAsync();

        await _charter.Server.RestartAsync();

        // A new context has no IndexedDB copy: what it shows comes from the server's store.
        var beto = await EditorPage.OpenAsync(_charter, "Beto");
        await Assertions.Expect(beto.Body(clauses[0].Id)).ToContainTextAsync("first-edit-before-restart", new() { Timeout = EditorPage.Patience });
        await Assertions.Expect(beto.Body(clauses[3].Id)).ToContainTextAsync("second-edit-before-restart", new() { Timeout = EditorPage.Patience });
        // The page that was open reconnects by itself and still holds its edits.
        await ana.WaitUntilSavedAsync();
        await Assertions.Expect(ana.Body(clauses[3].Id)).ToContainTextAsync("second-edit-before-restart", new() { Timeout = EditorPage.Patience });
        await ana.CloseAsync();
        await beto.CloseAsync();
    }
}
