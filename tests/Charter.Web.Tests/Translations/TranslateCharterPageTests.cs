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
    [InlineData("/translate/NOT-A-TAG", "“NOT-A-TAG” is not a language code (such as es or pt-BR).")]
    [InlineData("/charters/nothing-here/translate/es", "Nothing to translate: no charter named “nothing-here” is stored.")]
    public async Task Get_BadLanguageOrCharter_ExplainsTheProblemAndStartsNoEditor(string path, string reason)
    {
        await using var app = new CharterAppFactory(_database);
        var client = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Member));

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(reason, page.QuerySelector(".empty-state")?.TextContent);
        Assert.Null(page.QuerySelector("[data-charter-translator]"));
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
