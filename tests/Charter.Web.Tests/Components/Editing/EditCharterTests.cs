using Bunit;
using Charter.Web.Accounts;
using Charter.Web.Collaboration;
using Charter.Web.Components.Editing;
using Charter.Web.Localization;
using Charter.Web.Storage;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Components.Editing;

/// <summary>
/// The edit page's shell for each role, rendered against a real started app's database and
/// roster: observers get read-only editors and are told so. (That an open editor turns read-only
/// when its person is deactivated is a browser matter: see Charter.E2E's AccessInTheBrowserTests.)
/// </summary>
public sealed class EditCharterTests : BunitContext, IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private CharterAppFactory _app = null!;
    private AsyncServiceScope _appScope;

    public Task InitializeAsync()
    {
        _app = new CharterAppFactory(_database);
        _app.Start();
        _appScope = _app.Services.CreateAsyncScope();
        Services.AddSingleton(_appScope.ServiceProvider.GetRequiredService<CharterDbContext>());
        Services.AddSingleton(_app.Services.GetRequiredService<PeopleRoster>());
        Services.AddSingleton(_app.Services.GetRequiredService<CharterSessionRegistry>());
        Services.AddSingleton(_app.Services.GetRequiredService<Charter.Web.Agenda.AgendaService>());
        Services.AddLogging().AddCharterLocalization();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Render_Observer_EditorsAreReadOnlyAndTheNoticeShows()
    {
        var request = await RequestByAsync(CharterRole.Observer);

        var cut = RenderFinished(request);

        var editor = cut.Find("[data-charter-editor]");
        Assert.Equal(("false", "true"), (editor.GetAttribute("data-can-edit"), editor.GetAttribute("data-read-only")));
        Assert.False(cut.Find("[data-role='read-only-notice']").HasAttribute("hidden"));
    }

    [Theory]
    [InlineData(CharterRole.Member)]
    [InlineData(CharterRole.Steward)]
    public async Task Render_Editor_EditorsAreEditableWithoutTheNotice(CharterRole role)
    {
        var request = await RequestByAsync(role);

        var cut = RenderFinished(request);

        var editor = cut.Find("[data-charter-editor]");
        Assert.Equal(("true", "false"), (editor.GetAttribute("data-can-edit"), editor.GetAttribute("data-read-only")));
        Assert.True(cut.Find("[data-role='read-only-notice']").HasAttribute("hidden"));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _appScope.DisposeAsync();
        await _app.DisposeAsync();
        _database.Dispose();
    }

    /// <summary>
    /// The page once OnParametersSetAsync has run to its end (the strings are its last step): the
    /// first render comes at its first real wait, and a test that ended there would leave it
    /// querying a database that is being deleted.
    /// </summary>
    private IRenderedComponent<EditCharter> RenderFinished(HttpContext request)
    {
        var cut = Render<EditCharter>(parameters => parameters.AddCascadingValue(request));
        cut.WaitForAssertion(() => Assert.NotEqual("{}", cut.Find("[data-charter-editor]").GetAttribute("data-strings")));
        return cut;
    }

    /// <summary>A request signed in as a new person with <paramref name="role"/>, with the claims the app's sign-in gives.</summary>
    private async Task<HttpContext> RequestByAsync(CharterRole role)
    {
        var person = await TestPeople.CreateAsync(_app, role);
        var user = await _app.InScopeAsync(s => s.GetRequiredService<IUserClaimsPrincipalFactory<Person>>().CreateAsync(person));
        return new DefaultHttpContext { User = user };
    }
}
