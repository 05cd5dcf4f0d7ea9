using System.Net;
using System.Text.RegularExpressions;
using Charter.Web.Accounts;
using Charter.Web.Components.Editing;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Charter.Web.Tests.Hosting;

/// <summary>
/// Which scripts a page names: the framework's only where a component is interactive, and on the
/// edit page the editor's chunks as preloads, with the charter's state in the page.
/// </summary>
public sealed partial class PageScriptsTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task ReadView_Interactive_LoadsTheFrameworkScript()
    {
        await using var app = new CharterAppFactory(_database, settings: VisitorSettings.LiveDraft);
        using var client = app.CreateClient();

        var page = await client.GetStringAsync("/");

        Assert.Matches(FrameworkScript(), page);
    }

    [Theory]
    [InlineData("/edit")]
    [InlineData("/translate/es")]
    [InlineData("/versions")]
    public async Task StaticPage_LoadsNoFrameworkScript(string path)
    {
        await using var app = new CharterAppFactory(_database);
        using var client = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Member));

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotMatch(FrameworkScript(), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EditPage_PreloadsTheEditorChunksThatExist_AndCarriesTheFirstState()
    {
        await using var app = new CharterAppFactory(_database);
        using var client = await TestPeople.SignedInClientAsync(app, await TestPeople.CreateAsync(app, CharterRole.Member));

        var page = await client.GetStringAsync("/edit");

        var preloads = ModulePreload().Matches(page).Select(m => m.Groups["href"].Value).ToList();
        Assert.Contains(preloads, href => Regex.IsMatch(href, @"^dist/chunks/editSession-[A-Z0-9]{8}\.js$"));
        foreach (var href in preloads)
        {
            using var chunk = await client.GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, chunk.StatusCode);
        }

        var firstState = FirstState().Match(page);
        Assert.True(firstState.Success, "The edit page carries no first state.");
        // An attribute value as the browser reads it: Razor writes base64's '+' as "&#x2B;".
        Assert.NotEmpty(Convert.FromBase64String(WebUtility.HtmlDecode(firstState.Groups["state"].Value)));
    }

    [Fact]
    public async Task EditPage_BrowserSaysItHoldsACopy_LeavesTheStateOut()
    {
        await using var app = new CharterAppFactory(_database);
        var (_, signIn) = await TestPeople.CreateSignedInAsync(app, CharterRole.Member);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var charter = CharterName().Match(await GetEditPageAsync(client, signIn)).Groups["name"].Value;

        var page = await GetEditPageAsync(client, $"{signIn}; {HeldCopyCookie.NameFor(charter)}=1");

        Assert.Contains($"data-charter=\"{charter}\"", page);
        Assert.DoesNotContain("data-first-state", page);
    }

    [Fact]
    public async Task EditPage_CookieForAnotherCharter_StillCarriesTheState()
    {
        await using var app = new CharterAppFactory(_database);
        var (_, signIn) = await TestPeople.CreateSignedInAsync(app, CharterRole.Member);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

        var page = await GetEditPageAsync(client, $"{signIn}; {HeldCopyCookie.NameFor("another-charter")}=1");

        Assert.Matches(FirstState(), page);
    }

    private static async Task<string> GetEditPageAsync(HttpClient client, string cookies)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/edit");
        request.Headers.Add("Cookie", cookies);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public void Dispose() => _database.Dispose();

    [GeneratedRegex(@"_framework/blazor\.web\.")]
    private static partial Regex FrameworkScript();

    [GeneratedRegex("""<link rel="modulepreload" href="(?<href>[^"]+)""")]
    private static partial Regex ModulePreload();

    [GeneratedRegex("""data-charter="(?<name>[^"]+)""")]
    private static partial Regex CharterName();

    [GeneratedRegex("""data-first-state="(?<state>[^"]+)""")]
    private static partial Regex FirstState();
}
