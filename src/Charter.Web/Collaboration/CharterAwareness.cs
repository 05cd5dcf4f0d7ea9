using System.Text.Json;
using System.Text.Json.Nodes;
using Charter.Crdt.Protocols;
using Charter.Web.Accounts;
using Charter.Web.Collaboration.Hub;
using Charter.Web.Collaboration.Wire;

namespace Charter.Web.Collaboration;

/// <summary>
/// Who is present in one charter: the latest awareness state per yjs client id. Never stored.
/// Invariants:
/// - A client id belongs to the connection that first announced it. Only that connection, or
///   another connection of the same person (the same tab reconnecting), may change or remove it;
///   an update touching anyone else's id is refused whole.
/// - A connection holds at most one present client id; each state is a JSON object of bounded size.
/// - Every state kept and relayed carries <c>user</c> = the person's account name and a colour
///   distinct among the people present (see <see cref="PresenceColours.Assign"/>), whatever the
///   browser sent.
/// Clocks follow y-protocols: a state replaces another when its clock is higher, or equal and it is a removal.
/// </summary>
public sealed class CharterAwareness(int maxStateLength = AwarenessFrame.MaxStateLength)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Presence> _states = [];
    private readonly Dictionary<string, string> _colourByPerson = new(StringComparer.Ordinal);

    /// <summary>
    /// Records the states in an update sent by <paramref name="author"/>, stamped with their name and colour.
    /// </summary>
    /// <returns>The accepted states, stamped: what to relay (stale ones are left out).</returns>
    /// <exception cref="PresenceRefusedException">Nothing was recorded; the message says why.</exception>
    public IReadOnlyList<AwarenessEntry> Apply(PresenceAuthor author, IReadOnlyList<AwarenessEntry> entries)
    {
        lock (_gate)
        {
            Check(author, entries);
            var accepted = new List<AwarenessEntry>();
            foreach (var entry in entries)
            {
                var known = _states.TryGetValue(entry.ClientId, out var current);
                var newer = known
                    ? entry.Clock > current!.Entry.Clock || (entry.Clock == current.Entry.Clock && entry.IsRemoval && !current.Entry.IsRemoval)
                    : !entry.IsRemoval;
                if (!newer)
                {
                    continue;
                }

                if (!entry.IsRemoval)
                {
                    ForgetRemovedStatesOf(author.ConnectionId);
                }

                var stamped = entry.IsRemoval ? entry : entry with { StateJson = Stamp(entry.StateJson, author, ColourOf(author)) };
                _states[entry.ClientId] = new Presence(stamped, author.ConnectionId, author.PersonId);
                accepted.Add(stamped);
            }

            ReleaseColoursOfAbsentPeople();
            return accepted;
        }
    }

    /// <summary>Every present client's state, as one awareness update (empty when nobody is here).</summary>
    public byte[] EncodePresent()
    {
        lock (_gate)
        {
            return AwarenessFrame.Write(_states.Values.Where(s => !s.Entry.IsRemoval).Select(s => s.Entry).ToList());
        }
    }

    /// <summary>
    /// Marks every client that <paramref name="connectionId"/> holds as gone and forgets them.
    /// </summary>
    /// <returns>The removal to broadcast, or null when the connection held nobody still present.</returns>
    public byte[]? RemoveConnection(string connectionId)
    {
        lock (_gate)
        {
            var removals = new List<AwarenessEntry>();
            foreach (var (clientId, state) in _states.Where(s => s.Value.ConnectionId == connectionId).ToList())
            {
                _states.Remove(clientId);
                if (!state.Entry.IsRemoval)
                {
                    removals.Add(new AwarenessEntry(clientId, state.Entry.Clock + 1, AwarenessEntry.RemovedState));
                }
            }

            ReleaseColoursOfAbsentPeople();
            return removals.Count == 0 ? null : AwarenessFrame.Write(removals);
        }
    }

    private void Check(PresenceAuthor author, IReadOnlyList<AwarenessEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (_states.TryGetValue(entry.ClientId, out var owner) && owner.PersonId != author.PersonId)
            {
                throw new PresenceRefusedException($"Client {entry.ClientId} is someone else's presence; a connection may only announce or remove its own. Nothing was relayed.");
            }

            if (!entry.IsRemoval && entry.StateJson.Length > maxStateLength)
            {
                throw new PresenceRefusedException($"The presence state of client {entry.ClientId} is {entry.StateJson.Length} characters long; at most {maxStateLength} are allowed. Nothing was relayed.");
            }
        }

        var announced = entries.Where(e => !e.IsRemoval).Select(e => e.ClientId).ToHashSet();
        var heldElsewhere = _states.Where(s => s.Value.ConnectionId == author.ConnectionId && !s.Value.Entry.IsRemoval && !announced.Contains(s.Key));
        if (announced.Count > 1 || (announced.Count == 1 && heldElsewhere.Any()))
        {
            throw new PresenceRefusedException("A connection has one presence; remove the one it has before announcing another. Nothing was relayed.");
        }
    }

    /// <summary>Replaces <c>user</c> with the account's name and the assigned colour; keeps the rest (place, cursor).</summary>
    private static string Stamp(string stateJson, PresenceAuthor author, string colour)
    {
        JsonNode? state;
        try
        {
            state = JsonNode.Parse(stateJson);
        }
        catch (JsonException error)
        {
            throw new PresenceRefusedException($"A presence state must be a JSON object: {error.Message} Nothing was relayed.");
        }

        if (state is not JsonObject fields)
        {
            throw new PresenceRefusedException("A presence state must be a JSON object. Nothing was relayed.");
        }

        // The shape y-codemirror.next reads for remote cursors: name, color, and a light tint for selections.
        fields["user"] = new JsonObject
        {
            ["name"] = author.DisplayName,
            ["color"] = colour,
            ["colorLight"] = colour + "33",
        };
        return fields.ToJsonString();
    }

    private string ColourOf(PresenceAuthor author)
    {
        if (!_colourByPerson.TryGetValue(author.PersonId, out var colour))
        {
            colour = PresenceColours.Assign(author.PreferredColour, _colourByPerson.Values);
            _colourByPerson[author.PersonId] = colour;
        }

        return colour;
    }

    private void ForgetRemovedStatesOf(string connectionId)
    {
        foreach (var clientId in _states.Where(s => s.Value.ConnectionId == connectionId && s.Value.Entry.IsRemoval).Select(s => s.Key).ToList())
        {
            _states.Remove(clientId);
        }
    }

    private void ReleaseColoursOfAbsentPeople()
    {
        var present = _states.Values.Where(s => !s.Entry.IsRemoval).Select(s => s.PersonId).ToHashSet(StringComparer.Ordinal);
        foreach (var person in _colourByPerson.Keys.Where(p => !present.Contains(p)).ToList())
        {
            _colourByPerson.Remove(person);
        }
    }

    private sealed record Presence(AwarenessEntry Entry, string ConnectionId, string PersonId);
}
