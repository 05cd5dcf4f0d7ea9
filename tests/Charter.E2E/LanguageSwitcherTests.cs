using Charter.Domain.Drafts;
using Charter.Web.Hosting;
using Microsoft.Playwright;

namespace Charter.E2E;

/// <summary>Choosing the interface language in the header, in a real browser against the real app.</summary>
public sealed class LanguageSwitcherTests(RunningCharter charter) : IClassFixture<RunningCharter>
{
    private static Clause FirstClause =>
        DraftFolder.Load(CharterPaths.Locate().Resolve("drafts"))[0].Source.Clauses.First();

    [Fact]
    public async Task ChoosePortuguese_InTheHeader_ShowsTheInterfaceInPortuguese()
    {
        var context = await charter.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "en-US",
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(charter.Server.BaseAddress.ToString());
        await Assertions.Expect(page.Locator("#toc-title")).ToHaveTextAsync("Contents");

        await page.Locator("nav.ui-languages").GetByText("Português").ClickAsync();

        await Assertions.Expect(page.Locator("#toc-title")).ToHaveTextAsync("Sumário");
        await ReadView.WaitUntilLiveAsync(page);
        Assert.Equal("pt", await page.Locator("html").GetAttributeAsync("lang"));
        var clause = page.Locator($"article#{FirstClause.Id}");
        await Assertions.Expect(clause.Locator(".article-number")).ToHaveTextAsync("Artigo 1");
        await Assertions.Expect(page.Locator("nav.ui-languages a[aria-current='true']")).ToHaveTextAsync("Português");
        await clause.Locator("button.copy-link").ClickAsync();
        await Assertions.Expect(clause.Locator("[data-copy-status]")).ToHaveTextAsync("Link copiado");
        await context.CloseAsync();
    }

    [Fact]
    public async Task ChooseFrench_WhileReadingASpanishTranslation_KeepsTheTranslationAndRemembersTheChoice()
    {
        var context = await charter.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "es-MX" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(charter.Server.BaseAddress, "/?lang=es").ToString());
        await Assertions.Expect(page.Locator("#toc-title")).ToHaveTextAsync("Contenido");

        await page.Locator("nav.ui-languages").GetByText("Français").ClickAsync();

        await Assertions.Expect(page.Locator("#toc-title")).ToHaveTextAsync("Sommaire");
        Assert.EndsWith("/?lang=es", page.Url);
        Assert.Equal("es", await page.Locator("article.charter").GetAttributeAsync("lang"));
        await page.GotoAsync(charter.Server.BaseAddress.ToString());
        await Assertions.Expect(page.Locator("#toc-title")).ToHaveTextAsync("Sommaire");
        await context.CloseAsync();
    }
}
