using System.Net;
using Charter.Web.Accounts;
using Charter.Web.Collaboration.Hub;
using Charter.Web.HubSecurity;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.HubSecurity;

/// <summary>
/// A password reset, a deactivation or a demotion to observer ends the person's open charter hub
/// connections at once, on real Kestrel with .NET SignalR clients. The connections stay idle, and an
/// open WebSocket is never re-authenticated, so a close can only come from the change itself.
/// </summary>
public sealed class SessionTerminationTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private CharterAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = new CharterAppFactory(_database);
        HubClients.StartOnKestrel(_app);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task PasswordReset_OpenConnectionOfAStolenSession_IsClosedAndTheOldCookieCannotReconnect()
    {
        var (member, stolenCookie) = await TestPeople.CreateSignedInAsync(_app, CharterRole.Member);
        await using var stolen = await HubClients.ConnectAsync(_app, stolenCookie);
        await HubClients.JoinAsync(stolen);
        var closed = ClosedSignal(stolen);

        // What the reset page does with the link's token.
        await _app.InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<Person>>();
            var person = (await users.FindByIdAsync(member.Id))!;
            var result = await users.ResetPasswordAsync(person, await users.GeneratePasswordResetTokenAsync(person), "a brand new passphrase");
            Assert.True(result.Succeeded);
            s.GetRequiredService<PeopleRoster>().Changed(person);
            return 0;
        });

        await closed.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HubConnectionState.Disconnected, stolen.State);
        await using var again = HubClients.Create(_app, stolenCookie);
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => again.StartAsync());
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, $"{refused.StatusCode}");
    }

    [Fact]
    public async Task Deactivate_EveryOpenConnectionOfThePerson_IsClosedAndOthersStay()
    {
        var steward = await TestPeople.CreateAsync(_app, CharterRole.Steward);
        var (member, cookie) = await TestPeople.CreateSignedInAsync(_app, CharterRole.Member);
        var (_, otherCookie) = await TestPeople.CreateSignedInAsync(_app, CharterRole.Member);
        await using var first = await HubClients.ConnectAsync(_app, cookie);
        await using var second = await HubClients.ConnectAsync(_app, cookie);
        await using var other = await HubClients.ConnectAsync(_app, otherCookie);
        var closed = Task.WhenAll(ClosedSignal(first), ClosedSignal(second));

        await _app.InScopeAsync(async s =>
        {
            await s.GetRequiredService<PeopleAdministration>().SetActiveAsync(PersonStanding.Of(steward), member.Id, active: false);
            return 0;
        });

        await closed.WaitAsync(TimeSpan.FromSeconds(30));
        // The clients see the close before the server has run each disconnect, which is what
        // removes a connection from the registry: wait for that, not for a guessed interval.
        var registry = _app.Services.GetRequiredService<HubConnectionRegistry>();
        await Eventually.TrueAsync(() => registry.CountFor(member.Id) == 0, () => $"{registry.CountFor(member.Id)} connection(s) still registered");
        Assert.Equal(HubConnectionState.Connected, other.State);
        await HubClients.JoinAsync(other);
    }

    [Fact]
    public async Task Demote_ToObserver_ClosesTheConnectionTellingWhyAndTheReconnectionIsReadOnly()
    {
        var steward = await TestPeople.CreateAsync(_app, CharterRole.Steward);
        var (member, cookie) = await TestPeople.CreateSignedInAsync(_app, CharterRole.Member);
        await using var connection = await HubClients.ConnectAsync(_app, cookie);
        var told = new TaskCompletionSource<string>();
        connection.On<string>(LocalSessionTermination.ReadOnlyMessage, reason => told.TrySetResult(reason));
        await HubClients.JoinAsync(connection);
        var closed = ClosedSignal(connection);

        await _app.InScopeAsync(async s =>
        {
            await s.GetRequiredService<PeopleAdministration>().ChangeRoleAsync(PersonStanding.Of(steward), member.Id, CharterRole.Observer);
            return 0;
        });

        Assert.Equal(LocalSessionTermination.RoleReason, await told.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        await closed.WaitAsync(TimeSpan.FromSeconds(30));
        await using var reconnected = await HubClients.ConnectAsync(_app, cookie);
        await HubClients.JoinAsync(reconnected);
        var refused = await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() =>
            reconnected.InvokeAsync<long>(nameof(CharterHub.Update), HubClients.Charter, HubClients.UpdateFrame("as observer").Frame));
        Assert.Contains("not change it", refused.Message);
    }

    [Fact]
    public async Task ProfileChange_DoesNotEndSessions()
    {
        var (member, cookie) = await TestPeople.CreateSignedInAsync(_app, CharterRole.Member);
        await using var connection = await HubClients.ConnectAsync(_app, cookie);
        await HubClients.JoinAsync(connection);

        await _app.InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<Person>>();
            var person = (await users.FindByIdAsync(member.Id))!;
            person.DisplayName = "New Name";
            await users.UpdateAsync(person);
            s.GetRequiredService<PeopleRoster>().Changed(person);
            return 0;
        });

        // The same connection keeps working: a call after the change is answered.
        await HubClients.JoinAsync(connection);
        Assert.Equal(HubConnectionState.Connected, connection.State);
    }

    private static Task ClosedSignal(HubConnection connection)
    {
        var closed = new TaskCompletionSource();
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        return closed.Task;
    }
}
