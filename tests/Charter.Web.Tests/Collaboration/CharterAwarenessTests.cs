using Charter.Crdt.Protocols;
using Charter.Web.Accounts;
using Charter.Web.Collaboration;
using Charter.Web.Collaboration.Hub;
using Charter.Web.Collaboration.Wire;

namespace Charter.Web.Tests.Collaboration;

public sealed class CharterAwarenessTests
{
    private static readonly PresenceAuthor Ana = new("a", "ana-id", "Ana Steward", "#1f77b4");
    private static readonly PresenceAuthor AnaOtherTab = new("a2", "ana-id", "Ana Steward", "#1f77b4");
    private static readonly PresenceAuthor Olga = new("b", "olga-id", "Olga", "#1f77b4");

    [Fact]
    public void Apply_OlderClock_IsIgnored()
    {
        var awareness = new CharterAwareness();
        awareness.Apply(Ana, [new AwarenessEntry(1, 5, "{\"n\":5}")]);

        var relayed = awareness.Apply(Ana, [new AwarenessEntry(1, 4, "{\"n\":4}")]);

        Assert.Empty(relayed);
        Assert.Contains("\"n\":5", Assert.Single(AwarenessFrame.Read(awareness.EncodePresent())).StateJson);
    }

    [Fact]
    public void Apply_RemovalAtSameClock_RemovesFromPresent()
    {
        var awareness = new CharterAwareness();
        awareness.Apply(Ana, [new AwarenessEntry(1, 5, "{}")]);

        awareness.Apply(Ana, [new AwarenessEntry(1, 5, "null")]);

        Assert.Empty(AwarenessFrame.Read(awareness.EncodePresent()));
    }

    [Fact]
    public void Apply_ClaimedName_IsReplacedByTheAccountsNameAndColour()
    {
        var awareness = new CharterAwareness();

        var relayed = awareness.Apply(Olga, [new AwarenessEntry(7, 1, """{"user":{"name":"Ana Steward","color":"#000000"},"clause":"c-1"}""")]);

        var state = Assert.Single(relayed).StateJson;
        Assert.Contains("\"name\":\"Olga\"", state);
        Assert.Contains("\"color\":\"#1f77b4\"", state);
        Assert.Contains("\"clause\":\"c-1\"", state);
        Assert.DoesNotContain("Ana Steward", state);
    }

    [Fact]
    public void Apply_SomeoneElsesClientId_IsRefusedAndChangesNothing()
    {
        var awareness = new CharterAwareness();
        awareness.Apply(Ana, [new AwarenessEntry(1, 1, "{}")]);
        var before = awareness.EncodePresent();

        Assert.Throws<PresenceRefusedException>(() => awareness.Apply(Olga, [new AwarenessEntry(1, 2, "{}")]));
        Assert.Throws<PresenceRefusedException>(() => awareness.Apply(Olga, [new AwarenessEntry(1, 2, "null")]));

        Assert.Equal(before, awareness.EncodePresent());
    }

    [Fact]
    public void Apply_SamePersonsOtherConnection_TakesTheClientIdOver()
    {
        var awareness = new CharterAwareness();
        awareness.Apply(Ana, [new AwarenessEntry(1, 1, "{}")]);

        awareness.Apply(AnaOtherTab, [new AwarenessEntry(1, 2, "{}")]);

        Assert.Null(awareness.RemoveConnection("a"));
        Assert.NotNull(awareness.RemoveConnection("a2"));
    }

    [Fact]
    public void Apply_SecondClientIdOnOneConnection_IsRefused()
    {
        var awareness = new CharterAwareness();
        awareness.Apply(Ana, [new AwarenessEntry(1, 1, "{}")]);

        Assert.Throws<PresenceRefusedException>(() => awareness.Apply(Ana, [new AwarenessEntry(2, 1, "{}")]));
        Assert.Throws<PresenceRefusedException>(() => awareness.Apply(Olga, [new AwarenessEntry(3, 1, "{}"), new AwarenessEntry(4, 1, "{}")]));

        Assert.Single(AwarenessFrame.Read(awareness.EncodePresent()));
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("{not json")]
    public void Apply_StateThatIsNotAnObject_IsRefused(string state) =>
        Assert.Throws<PresenceRefusedException>(() => new CharterAwareness().Apply(Ana, [new AwarenessEntry(1, 1, state)]));

    [Fact]
    public void Apply_StateOverTheCap_IsRefused()
    {
        var awareness = new CharterAwareness(maxStateLength: 100);

        var refused = Assert.Throws<PresenceRefusedException>(() =>
            awareness.Apply(Ana, [new AwarenessEntry(1, 1, "{\"x\":\"" + new string('x', 100) + "\"}")]));

        Assert.Contains("at most 100", refused.Message);
        Assert.Empty(AwarenessFrame.Read(awareness.EncodePresent()));
    }

    [Fact]
    public void Apply_EightPeopleWhoAllPreferOneColour_GetEightDistinctReadableColours()
    {
        var awareness = new CharterAwareness();

        var colours = Enumerable.Range(1, 8)
            .Select(i => awareness.Apply(new PresenceAuthor($"c{i}", $"p{i}", $"Person {i}", "#1f77b4"), [new AwarenessEntry(i, 1, "{}")]))
            .Select(relayed => System.Text.Json.Nodes.JsonNode.Parse(Assert.Single(relayed).StateJson)!["user"]!["color"]!.GetValue<string>())
            .ToList();

        Assert.Equal(8, colours.Distinct().Count());
        Assert.All(colours, c => Assert.True(PresenceColours.IsReadable(c), c));
    }

    [Fact]
    public void RemoveConnection_OnlyItsClients_AreRemovedWithNextClock()
    {
        var awareness = new CharterAwareness();
        awareness.Apply(Ana, [new AwarenessEntry(1, 3, "{}")]);
        awareness.Apply(Olga, [new AwarenessEntry(2, 7, "{}")]);

        var removal = awareness.RemoveConnection("a");

        Assert.Equal([new AwarenessEntry(1, 4, "null")], AwarenessFrame.Read(removal!));
        Assert.Equal([2L], AwarenessFrame.Read(awareness.EncodePresent()).Select(e => e.ClientId));
        Assert.Null(awareness.RemoveConnection("a"));
    }
}
