using System.Net;
using Charter.Web.Accounts;
using Charter.Web.Audit;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Charter.Web.Tests.Accounts;

/// <summary>Sign-up is by invitation only: the link carries a role, expires, and works once.</summary>
public sealed class InvitationTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task SignUp_ValidInvitation_CreatesPersonWithItsRoleAndSignsThemIn()
    {
        await using var app = new CharterAppFactory(_database);
        var link = await InviteAsync(app, CharterRole.Observer);
        var client = app.CreateBrowserLikeClient();

        var joined = await ServerForms.SubmitAsync(client, link, "join", FirstStewardSetupTests.SignUp("bea@example.org", "Bea"));

        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        var bea = await app.InScopeAsync(s => s.GetRequiredService<UserManager<Person>>().FindByEmailAsync("bea@example.org"));
        Assert.Equal((CharterRole.Observer, "es", true), (bea!.Role, bea.PreferredLanguage, bea.IsActive));
        Assert.Contains("Bea", await client.GetStringAsync("/account/profile"));
        var used = await app.InScopeAsync(s => s.GetRequiredService<IAuditLog>().FindAsync(new AuditQuery(AuditActions.InvitationUsed)));
        Assert.Equal(bea.Id, Assert.Single(used).ActorId);
    }

    [Fact]
    public async Task SignUp_InvitationUsedAlready_IsRefusedAndCreatesNobody()
    {
        await using var app = new CharterAppFactory(_database);
        var link = await InviteAsync(app, CharterRole.Member);
        await ServerForms.SubmitAsync(app.CreateBrowserLikeClient(), link, "join", FirstStewardSetupTests.SignUp("bea@example.org", "Bea"));

        var page = await app.CreateBrowserLikeClient().GetStringAsync(link);

        Assert.Contains("This invitation link is not valid", page);
        Assert.DoesNotContain("name=\"Input.Password\"", page);
    }

    [Fact]
    public async Task Redeem_InvitationUsedAlready_ThrowsAndLeavesPeopleUnchanged()
    {
        await using var app = new CharterAppFactory(_database);
        var link = await InviteAsync(app, CharterRole.Member);
        var token = link.Split('/')[^1];
        await app.InScopeAsync(s => s.GetRequiredService<InvitationService>().RedeemAsync(token, new PersonSignUp("bea@example.org", "Bea", TestPeople.Password, "en")));

        var error = await Assert.ThrowsAsync<AccountException>(() => app.InScopeAsync(s =>
            s.GetRequiredService<InvitationService>().RedeemAsync(token, new PersonSignUp("cal@example.org", "Cal", TestPeople.Password, "en"))));

        Assert.Equal("InvitationNotValid", error.Code);
        Assert.Null(await app.InScopeAsync(s => s.GetRequiredService<UserManager<Person>>().FindByEmailAsync("cal@example.org")));
    }

    [Fact]
    public async Task Redeem_AfterExpiry_IsRefused()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-26T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var app = new CharterAppFactory(_database);
        using var withClock = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
        var steward = await CreateStewardAsync(withClock.Services);
        var created = await InScopeAsync(withClock.Services, s => s.GetRequiredService<InvitationService>().CreateAsync(steward, CharterRole.Member, TimeSpan.FromDays(1), "for Bea"));

        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<AccountException>(() => InScopeAsync(withClock.Services, s =>
            s.GetRequiredService<InvitationService>().RedeemAsync(created.Token, new PersonSignUp("bea@example.org", "Bea", TestPeople.Password, "en"))));
        Assert.Equal("InvitationNotValid", error.Code);
    }

    [Fact]
    public async Task Create_ByMember_IsRefused()
    {
        await using var app = new CharterAppFactory(_database);
        var member = await TestPeople.CreateAsync(app, CharterRole.Member);

        var error = await Assert.ThrowsAsync<AccountException>(() => app.InScopeAsync(s =>
            s.GetRequiredService<InvitationService>().CreateAsync(PersonStanding.Of(member), CharterRole.Steward, TimeSpan.FromDays(1), "")));

        Assert.Equal("NotSteward", error.Code);
    }

    [Fact]
    public async Task PeoplePage_StewardInvites_ShowsAWorkingLink()
    {
        await using var app = new CharterAppFactory(_database);
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var client = await TestPeople.SignedInClientAsync(app, steward);

        var response = await ServerForms.SubmitAsync(client, "/people", "invite", new Dictionary<string, string>
        {
            ["Invite.Role"] = "Member",
            ["Invite.ValidDays"] = "3",
            ["Invite.Note"] = "for Bea",
        });

        var page = await response.Content.ReadAsStringAsync();
        var link = System.Text.RegularExpressions.Regex.Match(page, "/account/join/[A-Za-z0-9_-]+").Value;
        Assert.NotEmpty(link);
        var joined = await ServerForms.SubmitAsync(app.CreateBrowserLikeClient(), link, "join", FirstStewardSetupTests.SignUp("bea@example.org", "Bea"));
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
    }

    public void Dispose() => _database.Dispose();

    private static async Task<string> InviteAsync(CharterAppFactory app, CharterRole role)
    {
        var steward = await TestPeople.CreateAsync(app, CharterRole.Steward);
        var created = await app.InScopeAsync(s => s.GetRequiredService<InvitationService>().CreateAsync(PersonStanding.Of(steward), role, TimeSpan.FromDays(7), "test"));
        return created.Path;
    }

    private static async Task<PersonStanding> CreateStewardAsync(IServiceProvider services) =>
        PersonStanding.Of(await InScopeAsync(services, s => s.GetRequiredService<PersonFactory>().CreateAsync(
            new PersonSignUp("steward@example.org", "Steward", TestPeople.Password, "en"), CharterRole.Steward)));

    private static async Task<T> InScopeAsync<T>(IServiceProvider services, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
