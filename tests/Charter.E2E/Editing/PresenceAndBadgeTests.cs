using System.Collections.Concurrent;
using Charter.Domain.Drafts;
using Charter.Web.Hosting;
using Microsoft.Playwright;

namespace Charter.E2E.Editing;

/// <summary>
/// Who people appear as, and what the badge claims, in real Chromium against a real server.
/// </summary>
public sealed class PresenceAndBadgeTests(RunningCharter charter) : IClassFixture<RunningCharter>
{
    private static readonly IReadOnlyList<Clause> SourceClauses =
        DraftFolder.Load(CharterPaths.Locate().Resolve("drafts"))[0].Source.Clauses.ToList();

    private static readonly float Patience = EditorPage.Patience;

    /// <summary>An <c>Update</c> invocation in a MessagePack hub frame: the method name as a 6-byte fixstr.</summary>
    private static readonly byte[] UpdateInvocation = [0xA6, .. "Update"u8];

    [Fact]
    public async Task Observer_SeesNoNameBoxSendsNoUpdateAndAppearsUnderTheirOwnName()
    {
        var (ana, anaUpdates) = await OpenWatchedAsync("Steward", "Ana Steward");
        var (olga, olgaUpdates) = await OpenWatchedAsync("Observer", "Olga Observer");
        var anaPeople = ana.Locator("[data-role='people']");
        await Assertions.Expect(anaPeople).ToContainTextAsync("Olga Observer", new() { Timeout = Patience });

        // A member's typing shows the frames are seen, so the observer's silence is not an artefact.
        await ana.Locator($"article#{SourceClauses[1].Id} .clause-body-editor .cm-content").ClickAsync();
        await ana.Keyboard.PressAsync("Control+End");
        await ana.Keyboard.TypeAsync(" ana-typed");
        await Assertions.Expect(ana.Locator("[data-role='status']")).ToHaveAttributeAsync("data-sync-status", "saved", new() { Timeout = Patience });
        await Assertions.Expect(olga.Locator($"article#{SourceClauses[1].Id}")).ToContainTextAsync("ana-typed", new() { Timeout = Patience });

        await Assertions.Expect(olga.Locator("[data-role='display-name']")).ToHaveCountAsync(0, new() { Timeout = Patience });
        await Assertions.Expect(olga.GetByLabel("Your name")).ToHaveCountAsync(0, new() { Timeout = Patience });
        await Assertions.Expect(olga.Locator("[data-role='status']")).ToHaveAttributeAsync("data-sync-status", "saved", new() { Timeout = Patience });
        Assert.NotEmpty(anaUpdates);
        Assert.Empty(olgaUpdates);
        await Assertions.Expect(anaPeople.Locator(".person-name")).ToHaveCountAsync(2, new() { Timeout = Patience });
        await Assertions.Expect(anaPeople).ToContainTextAsync("Ana Steward", new() { Timeout = Patience });
        await olga.Context.CloseAsync();
        await ana.Context.CloseAsync();
    }

    [Fact]
    public async Task Member_DemotedWithAnEditNotYetSaved_SeesNotSavedWithTheReason()
    {
        var clause = SourceClauses[3].Id;
        var maria = await EditorPage.OpenAsync(charter, "Maria");
        var beto = await EditorPage.OpenAsync(charter, "Beto");

        // The edit is made while the hub cannot be reached, so it is certainly not yet saved when
        // the steward makes Maria an observer; it reaches the server only afterwards.
        await maria.Context.SetOfflineAsync(true);
        await maria.WaitForStatusAsync("offline");
        await maria.PlaceCursorAtEndOfBodyAsync(clause);
        await maria.TypeAsync(" typed-before-the-demotion");
        await charter.People.ChangeRoleAsync(maria.Person!, "Observer");
        await maria.Context.SetOfflineAsync(false);

        await maria.WaitForStatusAsync("notSaved");
        await Assertions.Expect(maria.Status).ToContainTextAsync("Not saved", new() { Timeout = Patience });
        await Assertions.Expect(maria.Status).ToContainTextAsync("your role no longer allows changes", new() { Timeout = Patience });
        await Assertions.Expect(maria.Page.Locator("[data-charter-editor]")).ToHaveAttributeAsync("data-read-only", "true", new() { Timeout = Patience });
        await Assertions.Expect(maria.Body(clause)).ToContainTextAsync("typed-before-the-demotion", new() { Timeout = Patience });
        // Still true once everything has settled: Beto, who saw Maria's presence, never gets the text.
        await beto.PlaceCursorAtEndOfBodyAsync(clause);
        await beto.TypeAsync(" beto-after");
        await beto.WaitUntilSavedAsync();
        await Assertions.Expect(maria.Body(clause)).ToContainTextAsync("beto-after", new() { Timeout = Patience });
        await Assertions.Expect(beto.Body(clause)).Not.ToContainTextAsync("typed-before-the-demotion", new() { Timeout = Patience });
        await Assertions.Expect(maria.Status).ToHaveAttributeAsync("data-sync-status", "notSaved", new() { Timeout = Patience });
        await maria.CloseAsync();
        await beto.CloseAsync();
    }

    [Fact]
    public async Task Member_BrowserHoldsARemovalOnlyStewardsMayMake_SeesWhyAndCanDiscardIt()
    {
        var clause = SourceClauses[2].Id;
        var rosa = await EditorPage.OpenAsync(charter, "Rosa");
        var charterName = await rosa.Page.Locator("[data-charter-editor]").GetAttributeAsync("data-charter");
        var firstState = await rosa.Page.Locator("[data-charter-editor]").GetAttributeAsync("data-first-state");
        var discard = rosa.Page.Locator("[data-role='discard']");
        await Assertions.Expect(discard).ToBeHiddenAsync();

        // This browser's stored copy gains a change that deletes the whole charter (as a page left
        // offline for a long time, or a tampered one, could hold); every reload would resend it.
        await StoreLocallyAsync(rosa.Page, charterName!, DeleteEverythingUpdate(Convert.FromBase64String(firstState!)));
        await rosa.Page.ReloadAsync();

        await rosa.WaitForStatusAsync("notSaved");
        await Assertions.Expect(rosa.Status).ToContainTextAsync("removing a clause or a large part of the text is for stewards", new() { Timeout = Patience });
        await Assertions.Expect(discard).ToBeVisibleAsync(new() { Timeout = Patience });
        await discard.FocusAsync();
        await rosa.Page.Keyboard.PressAsync("Enter");

        await rosa.WaitUntilLoadedAsync();
        await rosa.WaitUntilSavedAsync();
        await Assertions.Expect(rosa.Body(clause)).ToContainTextAsync(SourceClauses[2].Body.Split('\n')[0][..20], new() { Timeout = Patience });
        await Assertions.Expect(discard).ToBeHiddenAsync();
        await rosa.CloseAsync();
    }

    /// <summary>A Yjs update with no new items that deletes every item of <paramref name="state"/>.</summary>
    private static byte[] DeleteEverythingUpdate(byte[] state)
    {
        var doc = new Charter.Crdt.Doc();
        Charter.Crdt.Y.ApplyUpdate(doc, state);
        var deleteSet = new Charter.Crdt.Utils.DeleteSet();
        foreach (var (client, clock) in doc.Store.GetStateVector())
        {
            deleteSet.Add(client, 0, clock);
        }

        var encoder = new Charter.Crdt.Encoding.UpdateEncoderV1();
        encoder.RestEncoder.WriteVarUint(0);
        deleteSet.Write(encoder);
        return encoder.ToArray();
    }

    /// <summary>Adds <paramref name="update"/> to the page's IndexedDB copy of the charter, as y-indexeddb stores one.</summary>
    private static async Task StoreLocallyAsync(IPage page, string charterName, byte[] update) =>
        await page.EvaluateAsync(
            """
            ([name, bytes]) => new Promise((resolve, reject) => {
              const open = indexedDB.open(name);
              open.onerror = () => reject(open.error);
              open.onsuccess = () => {
                const db = open.result;
                const transaction = db.transaction("updates", "readwrite");
                transaction.objectStore("updates").add(new Uint8Array(bytes));
                transaction.oncomplete = () => { db.close(); resolve(); };
                transaction.onerror = () => reject(transaction.error);
              };
            })
            """,
            new object[] { $"charter:{charterName}", update.Select(b => (int)b).ToArray() });

    /// <summary>
    /// Opens the edit page for a new person with <paramref name="role"/>, counting every <c>Update</c>
    /// the page sends over the hub's WebSocket from its first frame on; returns once it is in sync.
    /// </summary>
    private async Task<(IPage Page, ConcurrentBag<int> SentUpdates)> OpenWatchedAsync(string role, string name)
    {
        var person = await charter.People.CreateAsync(role, name);
        var context = await charter.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = charter.Server.BaseAddress.ToString() });
        context.SetDefaultTimeout(Patience);
        await Accounts.E2EPeople.SignInAsync(context, person, charter.Server.BaseAddress);
        var page = await context.NewPageAsync();
        var sentUpdates = new ConcurrentBag<int>();
        page.WebSocket += (_, socket) => socket.FrameSent += (_, frame) =>
        {
            if (frame.Binary is { } bytes && bytes.AsSpan().IndexOf(UpdateInvocation) >= 0)
            {
                sentUpdates.Add(bytes.Length);
            }
        };
        await page.GotoAsync("edit");
        await Assertions.Expect(page.Locator("[data-charter-editor]")).ToHaveAttributeAsync("data-loaded", "true", new() { Timeout = Patience });
        // "saved" comes after the join has decided whether anything needed sending.
        await Assertions.Expect(page.Locator("[data-role='status']")).ToHaveAttributeAsync("data-sync-status", "saved", new() { Timeout = Patience });
        return (page, sentUpdates);
    }
}
