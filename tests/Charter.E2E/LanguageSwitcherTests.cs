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
        await Assertions.Expect(page.Locator("nav.ui-languages button[aria-current='true']")).ToHaveTextAsync("Português");
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

    [Fact]
    public async Task ChoosePortuguese_SignedIn_StaysPortugueseOnTheNextPageAndAfterSigningOutAndIn()
    {
        var person = await charter.People.CreateAsync("Member", "Renata", "en");
        var context = await charter.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US" });
        await Accounts.E2EPeople.SignInAsync(context, person, charter.Server.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync(charter.Server.BaseAddress.ToString());
        await Assertions.Expect(page.Locator("#toc-title")).ToHaveTextAsync("Contents");

        await page.Locator("nav.ui-languages").GetByText("Português").ClickAsync();

        await Assertions.Expect(page.Locator("#toc-title")).ToHaveTextAsync("Sumário");
        await page.GotoAsync(new Uri(charter.Server.BaseAddress, "versions").ToString());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Versões publicadas");
        await page.Locator("nav.account-nav button[type='submit']").ClickAsync();
        await Assertions.Expect(page.Locator("nav.account-nav a[href='account/login']")).ToBeVisibleAsync();
        await context.CloseAsync();

        // Another device: no culture cookie, a browser asking for English, signing in by the form.
        var elsewhere = await charter.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US" });
        var login = await elsewhere.NewPageAsync();
        await login.GotoAsync(new Uri(charter.Server.BaseAddress, "account/login").ToString());
        await login.Locator("#login-email").FillAsync(person.Email);
        await login.Locator("#login-password").FillAsync(Accounts.E2EPeople.Password);
        await login.Locator("section.account-page button[type='submit']").ClickAsync();
        await Assertions.Expect(login.Locator("nav.account-nav .account-name")).ToHaveTextAsync("Renata");
        await login.GotoAsync(charter.Server.BaseAddress.ToString());
        await Assertions.Expect(login.Locator("#toc-title")).ToHaveTextAsync("Sumário");
        await elsewhere.CloseAsync();
    }
}
