using Charter.E2E.Accounts;
using Microsoft.Playwright;

namespace Charter.E2E.Editing;

/// <summary>
/// The edit page as one person uses it, in their own browser context (own storage, own
/// connection). Every wait is for a condition on the page, never for a fixed time.
/// </summary>
public sealed class EditorPage
{
    /// <summary>Generous: two cores run the server, two browsers and the test at once.</summary>
    public static readonly float Patience = 60_000;

    private EditorPage(IBrowserContext context, IPage page, string name)
    {
        Context = context;
        Page = page;
        Name = name;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public string Name { get; }

    public ILocator Status => Page.Locator("[data-role='status']");

    public ILocator Clauses => Page.Locator("article.edit-clause");

    public ILocator Toc => Page.Locator("[data-role='toc']");

    public ILocator People => Page.Locator("[data-role='people']");

    /// <summary>
    /// Signs up a new person called <paramref name="name"/> with <paramref name="role"/> and opens
    /// the edit page in a new browser context signed in as them.
    /// </summary>
    public static async Task<EditorPage> OpenAsync(RunningCharter charter, string name, string role = "Member")
    {
        var person = await charter.People.CreateAsync(role, name);
        var context = await charter.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = charter.Server.BaseAddress.ToString() });
        context.SetDefaultTimeout(Patience);
        await E2EPeople.SignInAsync(context, person, charter.Server.BaseAddress);
        var page = await context.NewPageAsync();
        var editor = new EditorPage(context, page, name) { Person = person };
        await editor.LoadAsync();
        return editor;
    }

    /// <summary>Who is signed in on this page.</summary>
    public E2EPerson? Person { get; private init; }

    /// <summary>(Re)loads the page and waits until the charter is shown and in sync.</summary>
    public async Task LoadAsync()
    {
        await Page.GotoAsync("edit");
        await WaitUntilLoadedAsync();
        await WaitUntilSavedAsync();
    }

    public async Task WaitUntilLoadedAsync() =>
        await Assertions.Expect(Page.Locator("[data-charter-editor]")).ToHaveAttributeAsync("data-loaded", "true", new() { Timeout = Patience });

    public async Task WaitUntilSavedAsync() => await WaitForStatusAsync("saved");

    public async Task WaitForStatusAsync(string status) =>
        await Assertions.Expect(Status).ToHaveAttributeAsync("data-sync-status", status, new() { Timeout = Patience });

    public ILocator Clause(string id) => Page.Locator($"article#{id}");

    public ILocator Body(string id) => Clause(id).Locator(".clause-body-editor .cm-content");

    public ILocator Title(string id) => Clause(id).Locator(".clause-title-editor .cm-content");

    public ILocator Number(string id) => Clause(id).Locator(".article-number");

    /// <summary>Puts the cursor at the end of a clause's body.</summary>
    public async Task PlaceCursorAtEndOfBodyAsync(string id)
    {
        await Body(id).ClickAsync();
        await Page.Keyboard.PressAsync("Control+End");
    }

    /// <summary>Pastes text into a clause's body as the clipboard would, in one transaction.</summary>
    public async Task PasteAsync(string id, string text) =>
        await Body(id).EvaluateAsync(
            """
            (content, text) => {
              const data = new DataTransfer();
              data.setData("text/plain", text);
              content.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """,
            text);

    /// <summary>Types key by key, as a person does, so each keystroke is its own update.</summary>
    public async Task TypeAsync(string text) =>
        await Page.Keyboard.TypeAsync(text, new KeyboardTypeOptions { Delay = 20 });

    /// <summary>
    /// Waits until every local edit issued so far is written to IndexedDB: a readonly
    /// transaction on the updates store runs only after the writes queued before it.
    /// </summary>
    public async Task WaitUntilStoredLocallyAsync(string charterName) =>
        await Page.EvaluateAsync(
            """
            name => new Promise((resolve, reject) => {
              const open = indexedDB.open(name);
              open.onerror = () => reject(open.error);
              open.onsuccess = () => {
                const db = open.result;
                const count = db.transaction("updates", "readonly").objectStore("updates").count();
                count.onsuccess = () => { db.close(); resolve(count.result); };
                count.onerror = () => reject(count.error);
              };
            })
            """,
            $"charter:{charterName}");

    /// <summary>
    /// The text of a clause's body as the document holds it: one line per CodeMirror line, without
    /// the other people's cursor widgets (their caret and name label) drawn inside it.
    /// </summary>
    public async Task<string> BodyTextAsync(string id) =>
        await Body(id).EvaluateAsync<string>(
            """
            content => [...content.querySelectorAll(".cm-line")].map(line => {
              const copy = line.cloneNode(true);
              copy.querySelectorAll(".cm-ySelectionCaret").forEach(caret => caret.remove());
              return copy.textContent.replaceAll("\u2060", "");
            }).join("\n")
            """);

    public async Task CloseAsync() => await Context.CloseAsync();
}
