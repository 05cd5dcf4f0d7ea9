using Charter.Crdt.Protocols;
using Charter.Web.Collaboration.Wire;

namespace Charter.Web.Collaboration;

/// <summary>
/// Who is present in one charter: the latest awareness state per yjs client id, and the
/// connection that first announced each id. Never stored. Clocks follow y-protocols: a state
/// replaces another when its clock is higher, or equal and it is a removal.
/// </summary>
public sealed class CharterAwareness
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, (AwarenessEntry Entry, string ConnectionId)> _states = [];

    /// <summary>Records the states in an update sent by <paramref name="connectionId"/>.</summary>
    public void Apply(string connectionId, IReadOnlyList<AwarenessEntry> entries)
    {
        lock (_gate)
        {
            foreach (var entry in entries)
            {
                if (!_states.TryGetValue(entry.ClientId, out var current))
                {
                    _states[entry.ClientId] = (entry, connectionId);
                }
                else if (entry.Clock > current.Entry.Clock
                    || (entry.Clock == current.Entry.Clock && entry.IsRemoval && !current.Entry.IsRemoval))
                {
                    _states[entry.ClientId] = (entry, current.ConnectionId);
                }
            }
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
    /// Marks every client that <paramref name="connectionId"/> announced as gone and forgets them.
    /// </summary>
    /// <returns>The removal to broadcast, or null when the connection announced nobody still present.</returns>
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

            return removals.Count == 0 ? null : AwarenessFrame.Write(removals);
        }
    }
}
