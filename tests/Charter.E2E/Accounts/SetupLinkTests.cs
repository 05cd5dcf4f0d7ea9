using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Charter.E2E.Accounts;

/// <summary>A fresh server's one-time setup link, used in the browser. Its own server: the link works once.</summary>
public sealed class SetupLinkTests(RunningCharter charter) : IClassFixture<RunningCharter>
{
    [Fact]
    public async Task SetupLink_OpenedTwice_CreatesTheStewardOnceThenIsRefused()
    {
        var link = Regex.Match(charter.Server.Output, @"https?://\S+?/account/setup/[A-Za-z0-9_-]+").Value;
        Assert.NotEmpty(link);
        var context = await charter.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(link);
        await page.GetByLabel("Display name").FillAsync("Dora");
        await page.GetByLabel("E-mail").FillAsync("dora@example.org");
        await page.GetByLabel("Password").FillAsync(E2EPeople.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the first steward" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/people$"));
        await Assertions.Expect(page.Locator("tr[data-person='dora@example.org']")).ToContainTextAsync("steward");
        var again = await context.NewPageAsync();
        await again.GotoAsync(link);
        await Assertions.Expect(again.GetByRole(AriaRole.Alert)).ToContainTextAsync("This setup link is not valid");
        await Assertions.Expect(again.GetByLabel("Password")).ToHaveCountAsync(0);
        await context.CloseAsync();
    }
}
