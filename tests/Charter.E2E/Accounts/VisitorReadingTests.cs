using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Charter.E2E.Accounts;

/// <summary>
/// With the default setting, someone who is not signed in reads published versions only: in a
/// real browser, opening the charter sends them to the latest version (or, before there is one, to
/// the versions page) with a short explanation and a sign-in link back to what they asked for.
/// </summary>
public sealed class VisitorReadingTests : IAsyncLifetime
{
    private static readonly float Patience = 60_000;

    private CharterServer _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _server = await CharterServer.StartAsync(new Dictionary<string, string> { ["Charter__Access__Visitors"] = "PublishedVersions" });
        _playwright = await Playwright.CreateAsync();
        _browser = await DebianChromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task OpenCharter_VisitorBeforeAndAfterTheFirstVersion_SeesOnlyWhatIsPublishedAndHowToSignIn()
    {
        var visitor = await NewPageAsync();
        await visitor.GotoAsync("");
        await Assertions.Expect(visitor).ToHaveURLAsync(new Regex(@"/versions\?draft="), new() { Timeout = Patience });
        await Assertions.Expect(visitor.Locator(".draft-notice")).ToBeVisibleAsync();

        var steward = await new E2EPeople(_server).CreateAsync("Steward", "Publisher");
        var stewardPage = await NewPageAsync();
        await E2EPeople.SignInAsync(stewardPage.Context, steward, _server.BaseAddress);
        await stewardPage.GotoAsync("versions");
        await stewardPage.FillAsync("#publish-notes", "For everyone to read");
        await stewardPage.CheckAsync("#publish-confirm");
        await stewardPage.GetByRole(AriaRole.Button, new() { Name = "Publish version 1" }).ClickAsync();
        await Assertions.Expect(stewardPage.Locator("p[role=status]")).ToHaveTextAsync("Version 1 is published.");

        await visitor.GotoAsync("");
        await Assertions.Expect(visitor).ToHaveURLAsync(new Regex(@"/v/1\?draft="), new() { Timeout = Patience });
        await Assertions.Expect(visitor.Locator(".draft-notice")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.Locator("article[id^='c-']").First).ToBeVisibleAsync();
        await Assertions.Expect(visitor.Locator("[data-charter-editor]")).ToHaveCountAsync(0);

        await visitor.Locator(".draft-sign-in").ClickAsync();
        await Assertions.Expect(visitor).ToHaveURLAsync(new Regex(@"/account/login\?returnUrl="), new() { Timeout = Patience });
        await Assertions.Expect(visitor.Locator("#login-email")).ToBeVisibleAsync(new() { Timeout = Patience });
    }

    private async Task<IPage> NewPageAsync()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _server.BaseAddress.ToString() });
        context.SetDefaultTimeout(Patience);
        return await context.NewPageAsync();
    }
}
