using Charter.Crdt.Lib0;

namespace Charter.Crdt.Encoding.UpdateOps;

/// <summary>
/// yjs's <c>diffUpdateV2</c>: keeps only what a peer with the given state vector lacks. Blocks it already
/// has are dropped, a block it has in part is written from the first missing clock, and the whole delete
/// set is kept (the peer may lack those deletions).
/// </summary>
internal static class UpdateDiff
{
    public static byte[] Diff(byte[] update, byte[] stateVector, UpdateFormat format)
    {
        var state = StateVectors.Decode(stateVector);
        var encoder = format.CreateEncoder();
        var writer = new LazyStructWriter(encoder);
        var decoder = format.CreateDecoder(update);
        var reader = new LazyStructReader(decoder, update.Length, filterSkips: false);
        while (reader.Current is { } curr)
        {
            var client = curr.Id.Client;
            var known = state.GetValueOrDefault(client);
            if (curr is SkipBlock)
            {
                reader.Next();
                continue;
            }

            if (curr.End > known)
            {
                writer.Write(curr, Math.Max(known - curr.Id.Clock, 0));
                reader.Next();
                while (reader.Current is { } following && following.Id.Client == client)
                {
                    writer.Write(following, 0);
                    reader.Next();
                }
            }
            else
            {
                while (reader.Current is { } seen && seen.Id.Client == client && seen.End <= known)
                {
                    reader.Next();
                }
            }
        }

        writer.Finish();
        UpdateDeleteSet.Read(decoder).Write(encoder);
        return encoder.ToArray();
    }
}
