namespace Charter.Crdt.Encoding.UpdateOps;

/// <summary>
/// yjs's <c>mergeUpdatesV2</c>: interleaves the blocks of several updates by client (highest first)
/// and clock, drops what an earlier block already covered, slices overlaps, joins adjacent GCs and
/// fills gaps with Skips; the delete sets are merged. Ported step for step so the bytes match.
/// </summary>
internal static class UpdateMerge
{
    public static byte[] Merge(IReadOnlyList<byte[]> updates, UpdateFormat inputFormat, UpdateFormat outputFormat)
    {
        if (updates.Count == 1)
        {
            return updates[0];
        }

        var decoders = updates.Select(update => inputFormat.CreateDecoder(update)).ToList();
        var readers = decoders.Select((decoder, i) => new LazyStructReader(decoder, updates[i].Length, filterSkips: true)).ToList();
        var encoder = outputFormat.CreateEncoder();
        var writer = new LazyStructWriter(encoder);
        UpdateBlock? currWrite = null;

        while (true)
        {
            readers.RemoveAll(reader => reader.Current is null);
            JsArraySort.Sort(readers, CompareReaders);
            if (readers.Count == 0)
            {
                break;
            }

            var currDecoder = readers[0];
            var firstClient = currDecoder.Current!.Id.Client;

            if (currWrite is not null)
            {
                var curr = currDecoder.Current;
                var iterated = false;

                // Skip what has been written already (higher clients are written first).
                while (curr is not null && curr.End <= currWrite.End && curr.Id.Client >= currWrite.Id.Client)
                {
                    curr = currDecoder.Next();
                    iterated = true;
                }

                if (curr is null
                    || curr.Id.Client != firstClient
                    || (iterated && curr.Id.Clock > currWrite.End))
                {
                    continue;
                }

                if (firstClient != currWrite.Id.Client)
                {
                    writer.Write(currWrite, 0);
                    currWrite = curr;
                    currDecoder.Next();
                }
                else if (currWrite.End < curr.Id.Clock)
                {
                    if (currWrite is SkipBlock)
                    {
                        // yjs extends the Skip over the following block as well.
                        currWrite = currWrite with { Length = curr.End - currWrite.Id.Clock };
                    }
                    else
                    {
                        writer.Write(currWrite, 0);
                        var gap = curr.Id.Clock - currWrite.End;
                        currWrite = new SkipBlock(new Id(firstClient, currWrite.End), gap);
                    }
                }
                else
                {
                    var diff = currWrite.End - curr.Id.Clock;
                    if (diff > 0)
                    {
                        if (currWrite is SkipBlock)
                        {
                            // Prefer slicing the Skip: the other block carries more information.
                            currWrite = currWrite with { Length = currWrite.Length - diff };
                        }
                        else
                        {
                            curr = curr.Slice(diff);
                        }
                    }

                    if (currWrite is GcBlock && curr is GcBlock)
                    {
                        currWrite = currWrite with { Length = currWrite.Length + curr.Length };
                    }
                    else
                    {
                        // Items decoded without a document never merge (yjs's Item.mergeWith needs left/right links).
                        writer.Write(currWrite, 0);
                        currWrite = curr;
                        currDecoder.Next();
                    }
                }
            }
            else
            {
                currWrite = currDecoder.Current;
                currDecoder.Next();
            }

            for (var next = currDecoder.Current;
                 next is not null && next.Id.Client == firstClient && next.Id.Clock == currWrite.End && next is not SkipBlock;
                 next = currDecoder.Next())
            {
                writer.Write(currWrite, 0);
                currWrite = next;
            }
        }

        if (currWrite is not null)
        {
            writer.Write(currWrite, 0);
        }

        writer.Finish();
        UpdateDeleteSet.Merge(decoders.Select(UpdateDeleteSet.Read)).Write(encoder);
        return encoder.ToArray();
    }

    /// <summary>
    /// yjs's comparator: higher clients first, then lower clocks; at equal clocks a Skip goes last, and
    /// two different non-Skip kinds compare as "first argument first" either way round.
    /// </summary>
    private static int CompareReaders(LazyStructReader x, LazyStructReader y)
    {
        var a = x.Current!;
        var b = y.Current!;
        if (a.Id.Client != b.Id.Client)
        {
            return b.Id.Client.CompareTo(a.Id.Client);
        }

        if (a.Id.Clock != b.Id.Clock)
        {
            return a.Id.Clock.CompareTo(b.Id.Clock);
        }

        if (a.GetType() == b.GetType())
        {
            return 0;
        }

        return a is SkipBlock ? 1 : -1;
    }
}
