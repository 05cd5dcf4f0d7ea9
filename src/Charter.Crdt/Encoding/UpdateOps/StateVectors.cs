using Charter.Crdt.Lib0;

namespace Charter.Crdt.Encoding.UpdateOps;

/// <summary>
/// State vectors on the wire (the same bytes for V1 and V2): a count, then (client, next clock) pairs.
/// Also yjs's <c>encodeStateVectorFromUpdateV2</c>, which derives one from an update's blocks.
/// </summary>
public static class StateVectors
{
    public static Dictionary<long, long> Decode(byte[] stateVector)
    {
        ArgumentNullException.ThrowIfNull(stateVector);
        var decoder = new Lib0Decoder(stateVector);
        var count = decoder.ReadCount(minimumBytesEach: 2);
        var state = new Dictionary<long, long>(count);
        for (var i = 0; i < count; i++)
        {
            var client = decoder.ReadVarUint();
            state[client] = decoder.ReadVarUint();
        }

        return state;
    }

    /// <summary>Writes clients in descending order, as yjs's <c>writeStateVector</c>.</summary>
    public static byte[] Encode(IReadOnlyDictionary<long, long> state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var encoder = new Lib0Encoder();
        encoder.WriteVarUint(state.Count);
        foreach (var (client, clock) in state.OrderByDescending(pair => pair.Key))
        {
            encoder.WriteVarUint(client);
            encoder.WriteVarUint(clock);
        }

        return encoder.ToArray();
    }

    /// <summary>
    /// The state an update reaches on its own: per client, the end of the blocks that run contiguously
    /// from clock 0. A client whose blocks start later, or continue after a Skip, counts only up to there.
    /// </summary>
    internal static byte[] FromUpdate(byte[] update, UpdateFormat format)
    {
        var reader = new LazyStructReader(format.CreateDecoder(update), update.Length, filterSkips: false);
        var pairs = new Lib0Encoder();
        var size = 0;
        var curr = reader.Current;
        if (curr is not null)
        {
            var currentClient = curr.Id.Client;
            var stopCounting = curr.Id.Clock != 0;
            var currentClock = stopCounting ? 0 : curr.End;
            for (; curr is not null; curr = reader.Next())
            {
                if (currentClient != curr.Id.Client)
                {
                    if (currentClock != 0)
                    {
                        size++;
                        pairs.WriteVarUint(currentClient);
                        pairs.WriteVarUint(currentClock);
                    }

                    currentClient = curr.Id.Client;
                    currentClock = 0;
                    stopCounting = curr.Id.Clock != 0;
                }

                if (curr is SkipBlock)
                {
                    stopCounting = true;
                }

                if (!stopCounting)
                {
                    currentClock = curr.End;
                }
            }

            if (currentClock != 0)
            {
                size++;
                pairs.WriteVarUint(currentClient);
                pairs.WriteVarUint(currentClock);
            }
        }

        var result = new Lib0Encoder(pairs.Length + 4);
        result.WriteVarUint(size);
        result.WriteUint8Array(pairs.WrittenSpan);
        return result.ToArray();
    }
}
