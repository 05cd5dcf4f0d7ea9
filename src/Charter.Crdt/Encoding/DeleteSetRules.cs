using Charter.Crdt.Utils;

namespace Charter.Crdt.Encoding;

/// <summary>
/// The rules every reader of a delete set applies, so the document and the update-level operations
/// accept the same bytes. yjs writes each client once, its ranges ascending and not overlapping
/// (a transaction's delete set is sorted and merged before it is written, and
/// <c>createDeleteSetFromStructStore</c> and <c>mergeDeleteSets</c> produce them in order), and the
/// V2 encoding can only express such ranges: it writes each clock as the distance from the end of
/// the range before it.
/// </summary>
internal static class DeleteSetRules
{
    public static void CheckClient(long client, HashSet<long> seen)
    {
        StructInfo.CheckClient(client);
        if (!seen.Add(client))
        {
            throw new MalformedUpdateException($"Client {client} appears twice in the delete set.");
        }
    }

    /// <returns>The end of this range, which the next one of the client may not start before.</returns>
    public static long CheckRange(long client, long clock, long length, long previousEnd)
    {
        if (clock < 0 || length <= 0 || clock > Wire.MaxClock || length > Wire.MaxClock - clock)
        {
            throw new MalformedUpdateException($"Delete range ({client}, {clock}, {length}) is out of range.");
        }

        if (clock < previousEnd)
        {
            throw new MalformedUpdateException(
                $"Delete range ({client}, {clock}, {length}) starts before the end of the one before it ({previousEnd}); ranges are ascending.");
        }

        return clock + length;
    }
}
