using Microsoft.AspNetCore.SignalR;

namespace Charter.Web.Collaboration.Hub;

/// <summary>
/// Every refusal the charter hub sends: a <see cref="HubException"/> whose message is
/// <c>[code] explanation</c>. The code is stable and tells the browser which localized reason
/// to show beside "Not saved" (the <c>Edit.Refused.&lt;code&gt;</c> strings); the explanation is
/// the server's English detail for people reading logs or using other clients. This is the one
/// place the codes are listed, so the browser's list (<c>refusal.js</c>) has one thing to match.
/// </summary>
public static class HubRefusal
{
    /// <summary>The message could not be read: a malformed update, sync frame or upload.</summary>
    public const string Malformed = "malformed";

    /// <summary>Removing clauses or much of the text is for stewards (see docs/ARCHITECTURE.md).</summary>
    public const string Destructive = "destructive";

    /// <summary>The update was readable but does not fit the charter's shape or the pending bounds.</summary>
    public const string NotAccepted = "not-accepted";

    /// <summary>The charter cannot be served right now (unknown, unreadable, or its session failed).</summary>
    public const string Unavailable = "unavailable";

    /// <summary>The person sends faster than the per-person limit.</summary>
    public const string TooFast = "too-fast";

    /// <summary>The person already has the most live connections allowed.</summary>
    public const string TooManyConnections = "too-many-connections";

    /// <summary>The person's role may read but not change the charter.</summary>
    public const string Role = "role";

    /// <summary>No active, signed-in person is behind the connection.</summary>
    public const string SessionEnded = "session-ended";

    /// <summary>Every code above, in one list for the test that the browser knows them all.</summary>
    public static readonly IReadOnlyList<string> Codes =
        [Malformed, Destructive, NotAccepted, Unavailable, TooFast, TooManyConnections, Role, SessionEnded];

    public static HubException Because(string code, string explanation) => new($"[{code}] {explanation}");
}
