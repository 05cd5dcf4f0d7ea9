using System.Net;
using AngleSharp.Html.Parser;
using Charter.Web.Tests.Components;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Charter.Web.Tests.Localization;

/// <summary>The language switch and the chosen language, on the real app in process.</summary>
public sealed class CultureSwitchEndpointTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task SwitchCulture_SupportedLanguage_SetsTheCookieAndReturnsToThePage()
    {
        await using var app = new CharterAppFactory(_database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await CultureSwitchForm.PostAsync(client, "pt", "/?lang=es#c-b73y");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/?lang=es#c-b73y", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(".AspNetCore.Culture=c%3Dpt%7Cuic%3Dpt;", cookie);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("/x\\..\\\\evil.example")]
    [InlineData("/\u0001")]
    [InlineData("/\r\nSet-Cookie: a=b")]
    public async Task SwitchCulture_ReturnUrlOffTheSiteOrMalformed_GoesHomeInstead(string returnUrl)
    {
        await using var app = new CharterAppFactory(_database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await CultureSwitchForm.PostAsync(client, "fr", returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SwitchCulture_UnknownLanguage_IsRefusedWithAReasonAndSetsNoCookie()
    {
        await using var app = new CharterAppFactory(_database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await CultureSwitchForm.PostAsync(client, "de", "/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'de' is not an interface language; use one of en, es, pt, fr.", await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task SwitchCulture_ByGet_ChangesNothing()
    {
        await using var app = new CharterAppFactory(_database);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/culture?lang=fr&returnUrl=%2F");

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SwitchCulture_PostWithoutTheSitesToken_IsRefusedAndSetsNoCookie()
    {
        await using var app = new CharterAppFactory(_database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["lang"] = "fr",
            ["returnUrl"] = "/",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Home_AfterSwitchingToFrench_IsServedInFrench()
    {
        await using var app = new CharterAppFactory(_database, settings: VisitorSettings.LiveDraft);
        using var client = app.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        using var switched = await CultureSwitchForm.PostAsync(client, "fr", "/");
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(switched.Headers.Location!.OriginalString));

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sommaire", page.QuerySelector("#toc-title")?.TextContent);
        Assert.Equal("Rédigée ensemble par des organisations de terrain de toutes les Amériques.", page.QuerySelector(".site-footer")?.TextContent.Trim());
    }

    [Fact]
    public async Task Home_BrowserAsksForBrazilianPortuguese_IsServedInPortuguese()
    {
        await using var app = new CharterAppFactory(_database, settings: VisitorSettings.LiveDraft);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pt-BR");

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));

        Assert.Equal("pt", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sumário", page.QuerySelector("#toc-title")?.TextContent);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("pt")]
    [InlineData("fr")]
    public async Task Home_NoCharterStored_IsServedWithNoEnglishFromOurResources(string language)
    {
        var emptyDrafts = Directory.CreateTempSubdirectory("charter-no-drafts-");
        try
        {
            await using var app = new CharterAppFactory(_database, emptyDrafts.FullName, VisitorSettings.LiveDraft);
            using var client = app.CreateClient();
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

            var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));

            Assert.NotNull(page.QuerySelector(".empty-state"));
            Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
            var shown = TranslatedRenderingTests.ShownText(page.DocumentElement.ChildNodes, language);
            Assert.Empty(UntranslatedText.FindIn(shown, language));
        }
        finally
        {
            emptyDrafts.Delete(recursive: true);
        }
    }

    public void Dispose() => _database.Dispose();
}
