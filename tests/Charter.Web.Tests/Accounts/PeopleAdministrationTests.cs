using System.Net;
using Charter.Web.Accounts;
using Charter.Web.Audit;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Accounts;

/// <summary>Stewards change roles and deactivate people; every change is audited and takes effect at once.</summary>
public sealed class PeopleAdministrationTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task ChangeRole_MemberToObserver_TakesEffectOnTheNextRequestAndIsAudited()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward, "Steward Sam");
        var member = await TestPeople.CreateAsync(app, CharterRole.Member);
        var roster = app.Services.GetRequiredService<PeopleRoster>();
        Assert.True((await roster.FindAsync(member.Id))!.CanEdit);

        await app.InScopeAsync(async s =>
        {
            await s.GetRequiredService<PeopleAdministration>().ChangeRoleAsync(PersonStanding.Of(steward), member.Id, CharterRole.Observer);
            return 0;
        });

        Assert.False((await roster.FindAsync(member.Id))!.CanEdit);
        var entry = Assert.Single(await app.InScopeAsync(s => s.GetRequiredService<IAuditLog>().FindAsync(new AuditQuery(AuditActions.RoleChanged))));
        Assert.Equal(("Steward Sam", member.Id), (entry.ActorName, entry.Subject));
        Assert.Contains("Member → Observer", entry.Details);
    }

    [Fact]
    public async Task Deactivate_Member_CannotSignInAnyMore()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var member = await TestPeople.CreateAsync(app, CharterRole.Member);

        await app.InScopeAsync(async s =>
        {
            await s.GetRequiredService<PeopleAdministration>().SetActiveAsync(PersonStanding.Of(steward), member.Id, active: false);
            return 0;
        });

        var response = await ServerForms.SubmitAsync(app.CreateBrowserLikeClient(), "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = member.Email!,
            ["Input.Password"] = TestPeople.Password,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("do not match an active account", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Deactivate_SignedInMember_LosesAccessOnTheNextRequest()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var member = await TestPeople.CreateAsync(app, CharterRole.Member);
        var client = await TestPeople.SignedInClientAsync(app, member);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/profile")).StatusCode);

        await app.InScopeAsync(async s =>
        {
            await s.GetRequiredService<PeopleAdministration>().SetActiveAsync(PersonStanding.Of(steward), member.Id, active: false);
            return 0;
        });

        var after = await client.GetAsync("/account/profile");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task ChangeRole_OnlyActiveSteward_IsRefusedAndNothingChanges()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);

        var error = await Assert.ThrowsAsync<AccountException>(() => app.InScopeAsync(async s =>
        {
            await s.GetRequiredService<PeopleAdministration>().ChangeRoleAsync(PersonStanding.Of(steward), steward.Id, CharterRole.Member);
            return 0;
        }));

        Assert.Equal("LastSteward", error.Code);
        var stored = await app.InScopeAsync(s => s.GetRequiredService<UserManager<Person>>().FindByIdAsync(steward.Id));
        Assert.Equal(CharterRole.Steward, stored!.Role);
        Assert.Empty(await app.InScopeAsync(s => s.GetRequiredService<IAuditLog>().FindAsync(new AuditQuery(AuditActions.RoleChanged))));
    }

    [Fact]
    public async Task PasswordReset_StewardIssuesLink_WorksOnceAndNewPasswordSignsIn()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var member = await TestPeople.CreateAsync(app, CharterRole.Member);
        var link = await app.InScopeAsync(s => s.GetRequiredService<PeopleAdministration>().IssuePasswordResetAsync(PersonStanding.Of(steward), member.Id));
        const string newPassword = "a brand new passphrase";

        var reset = await ServerForms.SubmitAsync(app.CreateBrowserLikeClient(), link, "reset", new Dictionary<string, string> { ["Input.Password"] = newPassword });
        var again = await ServerForms.SubmitAsync(app.CreateBrowserLikeClient(), link, "reset", new Dictionary<string, string> { ["Input.Password"] = "yet another passphrase" });

        Assert.Contains("Your password is changed", await reset.Content.ReadAsStringAsync());
        Assert.Contains("not valid any more", await again.Content.ReadAsStringAsync());
        var signIn = await ServerForms.SubmitAsync(app.CreateBrowserLikeClient(), "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = member.Email!,
            ["Input.Password"] = newPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    public void Dispose() => _database.Dispose();
}
