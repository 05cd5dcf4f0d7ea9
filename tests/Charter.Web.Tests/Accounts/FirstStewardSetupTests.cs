using System.Net;
using Charter.Web.Accounts;
using Charter.Web.Audit;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Accounts;

/// <summary>The first start prints a one-time link that creates the first steward; there are no default credentials.</summary>
public sealed class FirstStewardSetupTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Start_NoSteward_PrintsSetupLinkThatCreatesStewardOnce()
    {
        await using var app = new CharterAppFactory(_database);
        app.Start();
        var link = app.Logs.SetupLinkPath();
        Assert.NotNull(link);
        var client = app.CreateBrowserLikeClient();

        var created = await ServerForms.SubmitAsync(client, link, "setup", SignUp("ada@example.org", "Ada"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var ada = await app.InScopeAsync(s => s.GetRequiredService<UserManager<Person>>().FindByEmailAsync("ada@example.org"));
        Assert.Equal(CharterRole.Steward, ada!.Role);
        var peoplePage = await client.GetAsync("/people");
        Assert.Equal(HttpStatusCode.OK, peoplePage.StatusCode);

        var again = await app.CreateBrowserLikeClient().GetStringAsync(link);
        Assert.Contains("This setup link is not valid", again);
        Assert.DoesNotContain("name=\"Input.Password\"", again);
        var audit = await app.InScopeAsync(s => s.GetRequiredService<IAuditLog>().FindAsync(new AuditQuery(AuditActions.Setup)));
        Assert.Equal(ada.Id, Assert.Single(audit).Subject);
    }

    [Fact]
    public async Task Restart_StewardExists_PrintsNoSetupLink()
    {
        await using (var first = new CharterAppFactory(_database))
        {
            first.Start();
            await ServerForms.SubmitAsync(first.CreateBrowserLikeClient(), first.Logs.SetupLinkPath()!, "setup", SignUp("ada@example.org", "Ada"));
        }

        await using var restarted = new CharterAppFactory(_database);
        restarted.Start();

        Assert.Null(restarted.Logs.SetupLinkPath());
    }

    [Fact]
    public async Task Restart_StillNoSteward_OldSetupLinkStopsWorking()
    {
        string oldLink;
        await using (var first = new CharterAppFactory(_database))
        {
            first.Start();
            oldLink = first.Logs.SetupLinkPath()!;
        }

        await using var restarted = new CharterAppFactory(_database);
        restarted.Start();

        Assert.NotEqual(oldLink, restarted.Logs.SetupLinkPath());
        Assert.Contains("This setup link is not valid", await restarted.CreateBrowserLikeClient().GetStringAsync(oldLink));
    }

    [Fact]
    public async Task Submit_WeakPassword_ShowsWhyAndKeepsTheLinkUsable()
    {
        await using var app = new CharterAppFactory(_database);
        app.Start();
        var link = app.Logs.SetupLinkPath()!;
        var client = app.CreateBrowserLikeClient();

        var refused = await ServerForms.SubmitAsync(client, link, "setup", SignUp("ada@example.org", "Ada", password: "short"));

        Assert.Contains("The password is too short", await refused.Content.ReadAsStringAsync());
        var retried = await ServerForms.SubmitAsync(client, link, "setup", SignUp("ada@example.org", "Ada"));
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
    }

    public void Dispose() => _database.Dispose();

    internal static Dictionary<string, string> SignUp(string email, string name, string password = TestPeople.Password) => new()
    {
        ["Input.Email"] = email,
        ["Input.DisplayName"] = name,
        ["Input.Password"] = password,
        ["Input.PreferredLanguage"] = "es",
    };
}
