using Charter.Domain.Drafts;
using Charter.E2E.Editing;
using Charter.Web.Hosting;
using Microsoft.Playwright;

namespace Charter.E2E.Accounts;

/// <summary>
/// An organiser whose browser asks for Spanish follows an invitation: the sign-up form offers
/// Spanish as their language, and after signing up they read the charter's Spanish text on the
/// home page without asking for it (README "Languages").
/// </summary>
public sealed class SpanishOrganiserTests(RunningCharter charter) : IClassFixture<RunningCharter>
{
    private static readonly CharterDraft Spanish =
        DraftFolder.Load(CharterPaths.Locate().Resolve("drafts"))[0].Translations["es"];

    [Fact]
    public async Task Invitation_SpanishBrowser_SignsUpInSpanishAndReadsTheSpanishCharter()
    {
        var link = await charter.People.InviteAsync("Member");
        var context = await charter.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = charter.Server.BaseAddress.ToString(),
            Locale = "es-ES",
        });
        context.SetDefaultTimeout(EditorPage.Patience);
        var page = await context.NewPageAsync();

        await page.GotoAsync(link);
        await Assertions.Expect(page.Locator(".account-page")).ToContainTextAsync("Te invitan a unirte como miembro.");
        await Assertions.Expect(page.Locator("#signup-language")).ToHaveValueAsync("es");
        await page.GetByLabel("Nombre visible", new() { Exact = true }).FillAsync("Lucía");
        await page.GetByLabel("Correo electrónico", new() { Exact = true }).FillAsync($"lucia-{Guid.NewGuid():N}@example.org");
        await page.GetByLabel("Contraseña", new() { Exact = true }).FillAsync(E2EPeople.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Crear mi cuenta" }).ClickAsync();

        await Assertions.Expect(page.Locator(".account-name")).ToHaveTextAsync("Lucía");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(page.Locator(".read-view")).ToHaveAttributeAsync("data-live", "true");
        await Assertions.Expect(page.Locator("article.charter")).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(page.Locator("#charter-title")).ToHaveTextAsync(Spanish.Title);
        var first = Spanish.Clauses.First();
        await Assertions.Expect(page.Locator($"article#{first.Id} .clause-title")).ToHaveTextAsync(first.Title);

        await page.GotoAsync("account/profile");
        await Assertions.Expect(page.Locator("#profile-language")).ToHaveValueAsync("es");
        await context.CloseAsync();
    }
}
