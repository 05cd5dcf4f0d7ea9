using System.Collections.Concurrent;
using Charter.Web.Accounts;

namespace Charter.Web.Tests.TestSupport;

/// <summary>
/// For service collections built without the hub (component tests): records whose sessions would
/// end. The app itself registers HubSecurity's LocalSessionTermination.
/// </summary>
internal sealed class RecordingSessionTermination : ISessionTermination
{
    public ConcurrentQueue<PersonStanding> Ended { get; } = new();

    public void EndSessions(PersonStanding standing) => Ended.Enqueue(standing);
}
