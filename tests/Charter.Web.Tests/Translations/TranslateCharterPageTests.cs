using System.Net;
using AngleSharp.Html.Parser;
using Charter.Web.Accounts;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.Translations;

/// <summary>The translation editor's server-rendered shell, on the real app in process.</summary>
public sealed class TranslateCharterPageTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Get_InPortugueseInterface_RendersTheShellWithTheCharterLanguageAndStrings()
    {
        await using var app = new CharterAppFactory(_database);
        var client = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Member, language: "pt"));

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/translate/fr"));

        Assert.Equal("Tradução para o francês", page.QuerySelector("h1")?.TextContent);
        var shell = page.QuerySelector("[data-charter-translator]")!;
        Assert.Equal(("bill-of-rights", "fr"), (shell.GetAttribute("data-charter"), shell.GetAttribute("data-language")));
        var strings = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(shell.GetAttribute("data-strings")!)!;
        Assert.Equal("Confirmar tradução", strings["Translate.Confirm"]);
        Assert.Equal("Artigo {0}", strings["Edit.Article"]);
        Assert.Equal("inglês", strings["Language.en"]);
    }

    [Theory]
    [InlineData("/translate/NOT-A-TAG", "en", "Page not found", "“NOT-A-TAG” is not a language code (such as es or pt-BR).")]
    [InlineData("/charters/nothing-here/translate/es", "en", "Page not found", "Nothing to translate: no charter named “nothing-here” is stored.")]
    [InlineData("/charters/nothing-here/translate/es", "es", "Página no encontrada", "No hay nada que traducir: no existe ninguna carta llamada “nothing-here”.")]
    [InlineData("/charters/bill-of-rights/translate/x--bad", "es", "Página no encontrada", "“x--bad” no es un código de idioma (como es o pt-BR).")]
    public async Task Get_BadLanguageOrCharter_Answers404WithTheReasonInTheReadersLanguage(string path, string language, string heading, string reason)
    {
        await using var app = new CharterAppFactory(_database);
        var client = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Member, language: language));

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent);
        Assert.Equal(reason, page.QuerySelector(".not-found .empty-state")?.TextContent);
        Assert.Null(page.QuerySelector("[data-charter-translator]"));
    }

    [Theory]
    [InlineData("en", "There is no charter named “nothing-here”.")]
    [InlineData("es", "No hay ninguna carta llamada «nothing-here».")]
    public async Task GetEdit_UnknownCharter_Answers404WithTheReasonInTheReadersLanguage(string language, string reason)
    {
        await using var app = new CharterAppFactory(_database);
        var client = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Member, language: language));

        using var response = await client.GetAsync("/charters/nothing-here/edit");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(reason, page.QuerySelector(".not-found .empty-state")?.TextContent);
        Assert.Null(page.QuerySelector("[data-charter-editor]"));
    }

    [Fact]
    public async Task Get_Observer_GetsTheReadOnlyNoticeInTheirLanguageAndNoEditors()
    {
        await using var app = new CharterAppFactory(_database);
        var client = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Observer, language: "es"));

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/translate/fr"));

        Assert.Null(page.QuerySelector("[data-charter-translator]"));
        Assert.Equal(
            "Puedes seguir la edición de esta carta, pero tu rol no permite hacer cambios.",
            page.QuerySelector("[data-role=read-only-notice]")?.TextContent);
        Assert.Equal("?lang=fr", page.QuerySelector("a.back-to-reading")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_Visitor_IsSentToSignIn()
    {
        await using var app = new CharterAppFactory(_database);

        using var response = await app.CreateBrowserLikeClient().GetAsync("/translate/es");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    public void Dispose() => _database.Dispose();
}
