using Charter.Web.Accounts;
using Charter.Web.HubSecurity;
using Charter.Web.Tests.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.HubSecurity;

/// <summary>
/// The Blazor circuit side of ending a person's sessions, through the app's own services: their
/// circuit connections are closed, and a circuit of theirs may not be resumed afterwards.
/// </summary>
public sealed class CircuitTerminationTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private CharterAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = new CharterAppFactory(_database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task EndSessions_CircuitConnection_IsAbortedAndOthersAreNot()
    {
        var person = await TestPeople.CreateAsync(_app, CharterRole.Member);
        var other = await TestPeople.CreateAsync(_app, CharterRole.Member);
        var registry = _app.Services.GetRequiredService<HubConnectionRegistry>();
        var circuit = new FakeHubCallerContext("circuit-1", person.Id);
        var othersCircuit = new FakeHubCallerContext("circuit-2", other.Id);
        registry.TryAdd(person.Id, circuit, isCharterHub: false, maxCharterConnections: 1);
        registry.TryAdd(other.Id, othersCircuit, isCharterHub: false, maxCharterConnections: 1);

        _app.Services.GetRequiredService<LocalSessionTermination>().EndSessions(PersonStanding.Of(person) with { IsActive = false });

        Assert.True(circuit.Aborted);
        Assert.False(othersCircuit.Aborted);
    }

    [Theory]
    [InlineData(HubConnectionTracker.ReconnectCircuitMethod, true, false)]
    [InlineData(HubConnectionTracker.ResumeCircuitMethod, "new-circuit", null)]
    public async Task ReconnectOrResumeCircuit_AfterThePersonsSessionsEnded_IsRefusedWithoutReachingBlazor(
        string method, object answerBefore, object? answerAfter)
    {
        var person = await TestPeople.CreateAsync(_app, CharterRole.Member);
        var tracker = _app.Services.GetRequiredService<HubConnectionTracker>();
        var reached = 0;
        ValueTask<object?> Blazor(HubInvocationContext _)
        {
            reached++;
            return ValueTask.FromResult<object?>(answerBefore);
        }

        var before = await tracker.InvokeMethodAsync(CircuitCall(method, person.Id), Blazor);
        _app.Services.GetRequiredService<LocalSessionTermination>().EndSessions(PersonStanding.Of(person) with { Role = CharterRole.Observer });
        var after = await tracker.InvokeMethodAsync(CircuitCall(method, person.Id), Blazor);

        Assert.Equal(answerBefore, before);
        Assert.Equal(answerAfter, after);
        Assert.Equal(1, reached);
    }

    private static HubInvocationContext CircuitCall(string method, string personId) =>
        new(new FakeHubCallerContext("reconnecting", personId), new ServiceCollection().BuildServiceProvider(), new CircuitLikeHub(),
            typeof(CircuitLikeHub).GetMethod(method)!, ["circuit-secret"]);

    /// <summary>Stands in for Blazor's circuit hub: another hub with its two ways back to a circuit.</summary>
    private sealed class CircuitLikeHub : Microsoft.AspNetCore.SignalR.Hub
    {
        public Task<bool> ConnectCircuit(string circuitIdSecret) => Task.FromResult(circuitIdSecret.Length > 0);

        public Task<string?> ResumeCircuit(string circuitIdSecret) => Task.FromResult<string?>(circuitIdSecret);
    }
}
