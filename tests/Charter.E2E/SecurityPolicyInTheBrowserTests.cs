using Charter.Domain.Drafts;
using Charter.E2E.Accounts;
using Charter.E2E.Editing;
using Charter.Web.Hosting;
using Microsoft.Playwright;

namespace Charter.E2E;

/// <summary>
/// The Content-Security-Policy against what the pages really load and run in Chromium: every page a
/// steward can open, live (the read view's circuit, the editor's CodeMirror and hub), reports no
/// violation, neither as a securitypolicyviolation event nor in the console.
/// </summary>
public sealed class SecurityPolicyInTheBrowserTests(RunningCharter charter) : IClassFixture<RunningCharter>
{
    private const string RecordViolations =
        "document.addEventListener('securitypolicyviolation', e => (window.__cspViolations ||= []).push(`${e.effectiveDirective} ${e.blockedURI}`));";

    private static readonly LocatorAssertionsToHaveAttributeOptions Patient = new() { Timeout = EditorPage.Patience };

    private static Clause FirstClause =>
        DraftFolder.Load(CharterPaths.Locate().Resolve("drafts"))[0].Source.Clauses.First();

    [Fact]
    public async Task EveryPage_SignedInSteward_ReportsNoPolicyViolation()
    {
        var steward = await charter.People.CreateAsync("Steward", "Policy Steward");
        var context = await charter.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = charter.Server.BaseAddress.ToString() });
        context.SetDefaultTimeout(EditorPage.Patience);
        await E2EPeople.SignInAsync(context, steward, charter.Server.BaseAddress);
        await context.AddInitScriptAsync(RecordViolations);
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);

        var violations = new List<string>();
        await page.GotoAsync("/");
        await ReadView.WaitUntilLiveAsync(page);
        violations.AddRange(await ViolationsAsync(page, "/"));

        await page.GotoAsync("edit");
        await Assertions.Expect(page.Locator("[data-charter-editor]")).ToHaveAttributeAsync("data-loaded", "true", Patient);
        await Assertions.Expect(page.Locator("[data-role='status']")).ToHaveAttributeAsync("data-sync-status", "saved", Patient);
        await Assertions.Expect(page.Locator(".cm-editor").First).ToBeVisibleAsync(new() { Timeout = EditorPage.Patience });
        violations.AddRange(await ViolationsAsync(page, "edit"));

        await page.GotoAsync("translate/es");
        await Assertions.Expect(page.Locator(".cm-editor").First).ToBeVisibleAsync(new() { Timeout = EditorPage.Patience });
        violations.AddRange(await ViolationsAsync(page, "translate/es"));

        foreach (var path in new[]
        {
            $"charters/bill-of-rights/clauses/{FirstClause.Id}", "versions", "compare/live", "verify", "people", "audit",
            "notifications", "account/profile", "not-found",
        })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            violations.AddRange(await ViolationsAsync(page, path));
        }

        Assert.Empty(violations);
        Assert.DoesNotContain(console, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        await context.CloseAsync();
    }

    [Fact]
    public async Task SignInPage_Visitor_ReportsNoPolicyViolationAndSwitchesLanguageFromTheKeyboard()
    {
        var context = await charter.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = charter.Server.BaseAddress.ToString(), Locale = "en-US" });
        await context.AddInitScriptAsync(RecordViolations);
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);
        await page.GotoAsync("account/login");

        // A statically rendered page: the switcher is a form, reached and used with the keyboard.
        await page.Locator("nav.ui-languages button", new() { HasText = "Français" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Se connecter", new() { Timeout = EditorPage.Patience });
        Assert.EndsWith("/account/login", page.Url);
        Assert.Empty(await ViolationsAsync(page, "account/login"));
        Assert.DoesNotContain(console, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));

        // And the policy is really enforced (and the recorder really records): an injected inline script is refused.
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__ran = true'; document.body.append(s); }");
        await page.WaitForFunctionAsync("() => (window.__cspViolations ?? []).length > 0", null, new() { Timeout = EditorPage.Patience });
        Assert.Contains(await ViolationsAsync(page, "account/login"), v => v.Contains("script-src", StringComparison.Ordinal));
        Assert.False(await page.EvaluateAsync<bool>("() => window.__ran === true"));
        await context.CloseAsync();
    }

    private static async Task<IEnumerable<string>> ViolationsAsync(IPage page, string path) =>
        (await page.EvaluateAsync<string[]>("() => window.__cspViolations ?? []")).Select(v => $"{path}: {v}");
}
