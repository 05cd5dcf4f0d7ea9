using System.Net;
using System.Text.RegularExpressions;
using Charter.Web.Accounts;
using Charter.Web.Tests.TestSupport;

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

    public void Dispose() => _database.Dispose();

    [GeneratedRegex(@"_framework/blazor\.web\.")]
    private static partial Regex FrameworkScript();

    [GeneratedRegex("""<link rel="modulepreload" href="(?<href>[^"]+)""")]
    private static partial Regex ModulePreload();

    [GeneratedRegex("""data-first-state="(?<state>[^"]+)""")]
    private static partial Regex FirstState();
}
