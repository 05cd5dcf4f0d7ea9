using Charter.Crdt.Protocols;
using Charter.Web.Collaboration;
using Charter.Web.Collaboration.Wire;

namespace Charter.Web.Tests.Collaboration;

public sealed class CharterAwarenessTests
{
    [Fact]
    public void Apply_OlderClock_IsIgnored()
    {
        var awareness = new CharterAwareness();
        awareness.Apply("a", [new AwarenessEntry(1, 5, "{\"n\":5}")]);

        awareness.Apply("a", [new AwarenessEntry(1, 4, "{\"n\":4}")]);

        Assert.Equal([new AwarenessEntry(1, 5, "{\"n\":5}")], AwarenessFrame.Read(awareness.EncodePresent()));
    }

    [Fact]
    public void Apply_RemovalAtSameClock_RemovesFromPresent()
    {
        var awareness = new CharterAwareness();
        awareness.Apply("a", [new AwarenessEntry(1, 5, "{}")]);

        awareness.Apply("a", [new AwarenessEntry(1, 5, "null")]);

        Assert.Empty(AwarenessFrame.Read(awareness.EncodePresent()));
    }

    [Fact]
    public void RemoveConnection_OnlyItsClients_AreRemovedWithNextClock()
    {
        var awareness = new CharterAwareness();
        awareness.Apply("a", [new AwarenessEntry(1, 3, "{}")]);
        awareness.Apply("b", [new AwarenessEntry(2, 7, "{}"), new AwarenessEntry(1, 4, "{\"relayed\":true}")]);

        var removal = awareness.RemoveConnection("a");

        Assert.Equal([new AwarenessEntry(1, 5, "null")], AwarenessFrame.Read(removal!));
        Assert.Equal([new AwarenessEntry(2, 7, "{}")], AwarenessFrame.Read(awareness.EncodePresent()));
        Assert.Null(awareness.RemoveConnection("a"));
    }
}
