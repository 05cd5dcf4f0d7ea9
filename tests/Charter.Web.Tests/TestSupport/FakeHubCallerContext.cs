using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;

namespace Charter.Web.Tests.TestSupport;

/// <summary>A hub caller for unit tests of hub filters: a person's id and principal, and whether it was aborted.</summary>
internal sealed class FakeHubCallerContext(string connectionId, string? personId) : HubCallerContext
{
    public override string ConnectionId => connectionId;

    public override string? UserIdentifier => personId;

    public override ClaimsPrincipal? User { get; } = personId is null
        ? new ClaimsPrincipal()
        : new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, personId)], "test"));

    public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();

    public override IFeatureCollection Features { get; } = new FeatureCollection();

    public override CancellationToken ConnectionAborted => CancellationToken.None;

    public bool Aborted { get; private set; }

    public override void Abort() => Aborted = true;
}
