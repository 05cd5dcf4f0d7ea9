namespace Charter.Crdt.Encoding.UpdateOps;

/// <summary>
/// Which clocks an update covers, per client, without applying it (yjs's <c>parseUpdateMeta</c>):
/// <see cref="From"/> is the first clock it holds for a client and <see cref="To"/> the clock after
/// its last block. Skips count as covered, as in yjs, so a merged update with a gap still reports
/// one range per client. A receiver that only needs to know what arrived (a relay, a load generator)
/// reads this instead of integrating the structs.
/// </summary>
public sealed record UpdateMeta(IReadOnlyDictionary<long, long> From, IReadOnlyDictionary<long, long> To)
{
    internal static UpdateMeta Parse(byte[] update, UpdateFormat format)
    {
        var from = new Dictionary<long, long>();
        var to = new Dictionary<long, long>();
        var reader = new LazyStructReader(format.CreateDecoder(update), update.Length, filterSkips: false);
        var curr = reader.Current;
        if (curr is not null)
        {
            var currentClient = curr.Id.Client;
            var currentClock = curr.Id.Clock;
            from[currentClient] = currentClock;
            for (; curr is not null; curr = reader.Next())
            {
                if (currentClient != curr.Id.Client)
                {
                    to[currentClient] = currentClock;
                    from[curr.Id.Client] = curr.Id.Clock;
                    currentClient = curr.Id.Client;
                }

                currentClock = curr.End;
            }

            to[currentClient] = currentClock;
        }

        return new UpdateMeta(from, to);
    }
}
