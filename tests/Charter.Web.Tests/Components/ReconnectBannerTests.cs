using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.Components;

/// <summary>
/// The circuit's reconnect notice comes from the server in the page's language, as a banner
/// blazor.web.js only toggles classes on, and only on pages that open a circuit.
/// </summary>
public sealed class ReconnectBannerTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Theory]
    [InlineData("es", "Se perdió la conexión. Puedes seguir leyendo; los cambios en vivo vuelven cuando se recupere.", "Recargar la página")]
    [InlineData("pt-BR", "A conexão caiu. Você pode continuar lendo; as atualizações ao vivo voltam quando ela voltar.", "Recarregar a página")]
    [InlineData("fr", "Connexion perdue. Vous pouvez continuer à lire ; les mises à jour en direct reprennent à son retour.", "Recharger la page")]
    public async Task ReadView_InALanguage_CarriesTheReconnectBannerInIt(string language, string lost, string reload)
    {
        await using var app = new CharterAppFactory(_database, settings: VisitorSettings.LiveDraft);

        var page = await GetAsync(app.CreateClient(), "/?lang=en", language);

        var banner = page.GetElementById("components-reconnect-modal")!;
        Assert.Equal(("div", "status"), (banner.LocalName, banner.GetAttribute("role")));
        Assert.Equal(lost, banner.QuerySelector(".reconnect-when-lost")!.TextContent);
        var link = banner.QuerySelector(".reconnect-when-failed a")!;
        Assert.Equal((reload, "/?lang=en", "false"), (link.TextContent, link.GetAttribute("href"), link.GetAttribute("data-enhance-nav")));
    }

    [Fact]
    public async Task StaticPage_OpensNoCircuit_HasNoBanner()
    {
        await using var app = new CharterAppFactory(_database, settings: VisitorSettings.LiveDraft);

        var page = await GetAsync(app.CreateClient(), "/account/login", "es");

        Assert.Null(page.GetElementById("components-reconnect-modal"));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> GetAsync(HttpClient client, string path, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _database.Dispose();
}
