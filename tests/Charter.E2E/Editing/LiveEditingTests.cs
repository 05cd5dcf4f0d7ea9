using System.Text.RegularExpressions;
using Charter.Domain.Drafts;
using Charter.Web.Hosting;
using Microsoft.Playwright;

namespace Charter.E2E.Editing;

/// <summary>
/// Two people on the edit page at once, each in their own browser context, against the real app.
/// Each test works on its own clauses, so they can share one server.
/// </summary>
public sealed class LiveEditingTests(RunningCharter charter) : IClassFixture<RunningCharter>
{
    private static readonly DraftSet Draft = DraftFolder.Load(CharterPaths.Locate().Resolve("drafts"))[0];

    private static readonly IReadOnlyList<Clause> SourceClauses = Draft.Source.Clauses.ToList();

    private static readonly float Patience = EditorPage.Patience;

    [Fact]
    public async Task TypeIntoSameClause_TwoPeopleAtOnce_BothEndWithBothWordsAndSeeTheOtherCursor()
    {
        // Names unique to this test: people from other tests on this server may linger in the
        // presence list until their removal or the awareness timeout reaches everyone.
        var clause = SourceClauses[0].Id;
        var ana = await EditorPage.OpenAsync(charter, "Ana Typist");
        var beto = await EditorPage.OpenAsync(charter, "Beto Typist");
        await ana.PlaceCursorAtEndOfBodyAsync(clause);
        await beto.PlaceCursorAtEndOfBodyAsync(clause);

        await Task.WhenAll(ana.TypeAsync(" words-from-ana"), beto.TypeAsync(" words-from-beto"));

        foreach (var page in new[] { ana, beto })
        {
            await Assertions.Expect(page.Body(clause)).ToContainTextAsync("words-from-ana", new() { Timeout = Patience });
            await Assertions.Expect(page.Body(clause)).ToContainTextAsync("words-from-beto", new() { Timeout = Patience });
        }

        await Eventually.EqualAsync(() => ana.BodyTextAsync(clause), () => beto.BodyTextAsync(clause), TimeSpan.FromMilliseconds(Patience));
        await Assertions.Expect(ana.Clause(clause).Locator(".cm-ySelectionInfo")).ToHaveTextAsync("Beto Typist", new() { Timeout = Patience });
        await Assertions.Expect(beto.Clause(clause).Locator(".cm-ySelectionInfo")).ToHaveTextAsync("Ana Typist", new() { Timeout = Patience });
        await Assertions.Expect(ana.People).ToContainTextAsync("Beto Typist", new() { Timeout = Patience });
        await Assertions.Expect(ana.People.Locator("li", new() { HasText = "Beto Typist" }).Locator(".person-place")).ToHaveTextAsync("Article 1", new() { Timeout = Patience });
        await ana.CloseAsync();
        await beto.CloseAsync();
    }

    [Fact]
    public async Task EditWhileOffline_BothEditTheSameClause_EditsMergeWhenBackOnline()
    {
        var clause = SourceClauses[1].Id;
        var ana = await EditorPage.OpenAsync(charter, "Ana");
        var beto = await EditorPage.OpenAsync(charter, "Beto");

        await ana.Context.SetOfflineAsync(true);
        await ana.WaitForStatusAsync("offline");
        await ana.PlaceCursorAtEndOfBodyAsync(clause);
        await ana.TypeAsync(" typed-offline-by-ana");
        await beto.PlaceCursorAtEndOfBodyAsync(clause);
        await beto.TypeAsync(" typed-online-by-beto");
        await beto.WaitUntilSavedAsync();
        await Assertions.Expect(ana.Body(clause)).Not.ToContainTextAsync("typed-online-by-beto");
        await Assertions.Expect(beto.Body(clause)).Not.ToContainTextAsync("typed-offline-by-ana");

        await ana.Context.SetOfflineAsync(false);

        await ana.WaitUntilSavedAsync();
        foreach (var page in new[] { ana, beto })
        {
            await Assertions.Expect(page.Body(clause)).ToContainTextAsync("typed-offline-by-ana", new() { Timeout = Patience });
            await Assertions.Expect(page.Body(clause)).ToContainTextAsync("typed-online-by-beto", new() { Timeout = Patience });
        }

        await Eventually.EqualAsync(() => ana.BodyTextAsync(clause), () => beto.BodyTextAsync(clause), TimeSpan.FromMilliseconds(Patience));
        await ana.CloseAsync();
        await beto.CloseAsync();
    }

    [Fact]
    public async Task ReloadWhileServerUnreachable_EditsMadeOffline_AreStillThereAndReachOthersLater()
    {
        var clause = SourceClauses[2].Id;
        var ana = await EditorPage.OpenAsync(charter, "Ana");
        var beto = await EditorPage.OpenAsync(charter, "Beto");
        await ana.Context.SetOfflineAsync(true);
        await ana.WaitForStatusAsync("offline");
        await ana.PlaceCursorAtEndOfBodyAsync(clause);
        await ana.TypeAsync(" kept-on-this-device");
        await ana.WaitUntilStoredLocallyAsync(Draft.Name);

        // The page itself can load again, but the hub stays unreachable: only IndexedDB can
        // bring the edit back. The editor opens the hub's WebSocket directly (no negotiate
        // request), so the route closes each one until it lets them through; the page is left
        // while still offline, so the old document cannot reconnect before the route is in place.
        await ana.Page.GotoAsync("about:blank");
        var hubReachable = false;
        await ana.Page.RouteWebSocketAsync(new Regex("/hubs/charter"), socket =>
        {
            if (Volatile.Read(ref hubReachable))
            {
                socket.ConnectToServer();
            }
            else
            {
                _ = socket.CloseAsync();
            }
        });
        await ana.Context.SetOfflineAsync(false);
        await ana.Page.GotoAsync("edit");
        await ana.WaitUntilLoadedAsync();
        await Assertions.Expect(ana.Body(clause)).ToContainTextAsync("kept-on-this-device", new() { Timeout = Patience });
        await Assertions.Expect(ana.Status).ToHaveAttributeAsync("data-sync-status", "offline", new() { Timeout = Patience });
        await Assertions.Expect(beto.Body(clause)).Not.ToContainTextAsync("kept-on-this-device");

        Volatile.Write(ref hubReachable, true);

        await Assertions.Expect(beto.Body(clause)).ToContainTextAsync("kept-on-this-device", new() { Timeout = Patience });
        await ana.WaitUntilSavedAsync();
        await ana.CloseAsync();
        await beto.CloseAsync();
    }

    [Fact]
    public async Task AddMoveDeleteClause_InOnePage_NumberingAndContentsUpdateInTheOther()
    {
        var first = SourceClauses[^2].Id;
        var second = SourceClauses[^1].Id;
        // A steward, since removing a clause is for stewards (docs/HISTORY.md).
        var ana = await EditorPage.OpenAsync(charter, "Ana", "Steward");
        var beto = await EditorPage.OpenAsync(charter, "Beto");
        var n = ArticleNumber(await beto.Number(first).TextContentAsync());
        var clauseCount = await beto.Clauses.CountAsync();

        // Add: the new clause takes number n+1 and pushes the next one down.
        await ana.Clause(first).Locator(".clause-actions button.add-clause").ClickAsync();
        await ana.TypeAsync("Freshly added clause");
        var added = beto.Clauses.Filter(new() { HasText = "Freshly added clause" });
        await Assertions.Expect(added.Locator(".article-number")).ToHaveTextAsync($"Article {n + 1}", new() { Timeout = Patience });
        await Assertions.Expect(beto.Number(second)).ToHaveTextAsync($"Article {n + 2}", new() { Timeout = Patience });
        await Assertions.Expect(beto.Toc).ToContainTextAsync($"Article {n + 1}. Freshly added clause", new() { Timeout = Patience });
        var addedId = await added.GetAttributeAsync("id") ?? throw new InvalidOperationException("The added clause has no id.");
        Assert.Matches(new Regex("^c-[a-z0-9]{4}$"), addedId);

        // Move down with the button: it swaps places with the clause after it.
        await ana.Clause(addedId).Locator("button.move-down").ClickAsync();
        await Assertions.Expect(beto.Number(second)).ToHaveTextAsync($"Article {n + 1}", new() { Timeout = Patience });
        await Assertions.Expect(beto.Number(addedId)).ToHaveTextAsync($"Article {n + 2}", new() { Timeout = Patience });

        // Delete, after confirming.
        ana.Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await ana.Clause(addedId).Locator("button.delete-clause").ClickAsync();
        await Assertions.Expect(beto.Clause(addedId)).ToHaveCountAsync(0, new() { Timeout = Patience });
        await Assertions.Expect(beto.Clauses).ToHaveCountAsync(clauseCount, new() { Timeout = Patience });
        await Assertions.Expect(beto.Toc).Not.ToContainTextAsync("Freshly added clause", new() { Timeout = Patience });

        // Drag the last clause onto the upper half of the one before it. The drag's events are
        // sent from the page, with the drop point taken from where the target is at the moment
        // of the drop: a mouse drag aims at where it was when the drag began, and the page may
        // still be moving then (editors replacing their stand-ins, the clauses' counts arriving),
        // which made the drop land on the lower half now and then. The handlers are the page's own.
        await ana.Page.EvaluateAsync(
            """
            ([dragged, onto]) => {
              const handle = document.querySelector(`article#${dragged} .drag-handle`);
              const target = document.querySelector(`article#${onto}`);
              const data = new DataTransfer();
              handle.dispatchEvent(new DragEvent("dragstart", { bubbles: true, cancelable: true, dataTransfer: data }));
              const box = target.getBoundingClientRect();
              const point = { bubbles: true, cancelable: true, dataTransfer: data, clientX: box.left + 40, clientY: box.top + 20 };
              target.dispatchEvent(new DragEvent("dragover", point));
              target.dispatchEvent(new DragEvent("drop", point));
              handle.dispatchEvent(new DragEvent("dragend", { bubbles: true, dataTransfer: data }));
            }
            """,
            new[] { second, first });
        await Assertions.Expect(ana.Number(second)).ToHaveTextAsync($"Article {n}", new() { Timeout = Patience });
        await Assertions.Expect(beto.Number(second)).ToHaveTextAsync($"Article {n}", new() { Timeout = Patience });
        await Assertions.Expect(beto.Number(first)).ToHaveTextAsync($"Article {n + 1}", new() { Timeout = Patience });
        await ana.WaitUntilSavedAsync();
        await ana.CloseAsync();
        await beto.CloseAsync();
    }

    [Fact]
    public async Task PasteLargeText_FrameOverTheMessageLimit_SentInChunksAndReachesTheOther()
    {
        var clause = SourceClauses[4].Id;
        var ana = await EditorPage.OpenAsync(charter, "Ana Paster");
        var beto = await EditorPage.OpenAsync(charter, "Beto Reader");
        // About 330 KB pasted at once: one update frame over the 256 KiB chunking threshold.
        var lines = Enumerable.Range(0, 5_500).Select(i => $"line {i:D5} of a long pasted annex, kept whole across the wire");
        var pasted = $"\nlarge-paste-start\n{string.Join("\n", lines)}\nlarge-paste-end";
        Assert.True(pasted.Length > 300_000);

        var sentFrameSizes = new System.Collections.Concurrent.ConcurrentBag<int>();
        ana.Page.WebSocket += (_, socket) => socket.FrameSent += (_, frame) => sentFrameSizes.Add(frame.Binary?.Length ?? frame.Text?.Length ?? 0);
        await ana.LoadAsync();

        await ana.PlaceCursorAtEndOfBodyAsync(clause);
        await ana.PasteAsync(clause, pasted);
        await ana.WaitUntilSavedAsync();

        Assert.True(sentFrameSizes.Sum() > pasted.Length, "The paste went over the hub connection.");
        Assert.True(sentFrameSizes.Max() < 300_000, $"No frame over the chunk size; the largest was {sentFrameSizes.Max()} bytes.");

        await Assertions.Expect(beto.Body(clause)).ToContainTextAsync("large-paste-start", new() { Timeout = Patience });
        await beto.PlaceCursorAtEndOfBodyAsync(clause);
        await Assertions.Expect(beto.Body(clause)).ToContainTextAsync("large-paste-end", new() { Timeout = Patience });
        await Assertions.Expect(beto.Body(clause).Locator(".cm-line", new() { HasText = "line 05499 of a long pasted annex" })).ToHaveCountAsync(1);
        await ana.CloseAsync();
        await beto.CloseAsync();
    }

    [Fact]
    public async Task Open_SpanishRequested_ShellAndArticleNumbersInSpanish()
    {
        // The interface language comes from the profile first (then the culture cookie, then
        // Accept-Language): Sofía's profile asks for Spanish.
        var page = await EditorPage.NewSignedInPageAsync(charter, "Sofía", "es");
        await page.GotoAsync(new Uri(charter.Server.BaseAddress, "edit").ToString());

        await Assertions.Expect(page.Locator("#whos-here-title")).ToHaveTextAsync("Quién está aquí");
        await Assertions.Expect(page.Locator($"article#{SourceClauses[0].Id} .article-number")).ToHaveTextAsync("Artículo 1", new() { Timeout = Patience });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task FollowEditLink_FromTheReadView_EditorStartsAndSyncs()
    {
        var page = await EditorPage.NewSignedInPageAsync(charter, "Félix");
        await page.GotoAsync(charter.Server.BaseAddress.ToString());

        await page.Locator(".edit-link a").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/edit$"), new() { Timeout = Patience });
        await Assertions.Expect(page.Locator($"article#{SourceClauses[0].Id} .article-number")).ToHaveTextAsync("Article 1", new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("[data-role='status']")).ToHaveAttributeAsync("data-sync-status", "saved", new() { Timeout = Patience });
        await page.Context.CloseAsync();
    }

    private static int ArticleNumber(string? text) =>
        int.Parse(Regex.Match(text ?? "", @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
}
