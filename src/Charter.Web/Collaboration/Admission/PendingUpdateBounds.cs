using Charter.Crdt;
using Charter.Crdt.Encoding.UpdateOps;
using Microsoft.Extensions.Options;

namespace Charter.Web.Collaboration.Admission;

/// <summary>
/// Bounds what an update may leave waiting for missing dependencies. An honest peer's update only
/// depends on what it received from the server or sent itself, so a gap is at most what another of
/// its uploads still has in flight; a dependency far ahead of everything known (a clock of 10^12, a
/// delete of items never written) can never arrive, and pending structs block compaction and are
/// handed to everyone who joins. Refused: structs starting, references pointing, or deletions
/// reaching more than <see cref="CollaborationOptions.MaxPendingClockGap"/> past what the Doc and
/// the update hold for a client; updates that by themselves would leave more than
/// <see cref="CollaborationOptions.MaxPendingClients"/> clients or
/// <see cref="CollaborationOptions.MaxPendingBytes"/> bytes pending. When an admissible update
/// together with what is already pending would pass those bounds, what is already pending is
/// dropped instead, so filling the bounds never freezes a charter for others. What is admitted and
/// never completed expires (see <see cref="CharterSession"/>).
/// </summary>
public sealed class PendingUpdateBounds(IOptions<CollaborationOptions> options) : IUpdateCheck
{
    public string? Check(UpdateCandidate candidate)
    {
        var limits = options.Value;
        var doc = candidate.Doc;
        var known = KnownClocks(doc, candidate.Decoded);
        var waiting = new HashSet<long>();

        string? Beyond(long client, long clock, string what)
        {
            var have = known.GetValueOrDefault(client, doc.Store.GetState(client));
            if (clock < have)
            {
                return null;
            }

            waiting.Add(client);
            return clock - have >= limits.MaxPendingClockGap
                ? $"{what} clock {clock} of client {client}, {clock - have} past anything this charter or the update holds from it (at most {limits.MaxPendingClockGap})."
                : null;
        }

        foreach (var block in candidate.Decoded.Blocks)
        {
            if (block is SkipBlock)
            {
                continue;
            }

            var state = doc.Store.GetState(block.Id.Client);
            if (block.Id.Clock > state)
            {
                waiting.Add(block.Id.Client);
                if (block.Id.Clock - state >= limits.MaxPendingClockGap)
                {
                    return $"The update continues client {block.Id.Client} at clock {block.Id.Clock}, {block.Id.Clock - state} past what this charter holds from it (at most {limits.MaxPendingClockGap}).";
                }
            }

            if (block is ItemBlock item)
            {
                foreach (var (reference, what) in References(item))
                {
                    if (Beyond(reference.Client, reference.Clock, $"Item ({item.Id.Client}, {item.Id.Clock}) depends on") is { } problem)
                    {
                        return problem;
                    }
                }
            }
        }

        foreach (var (client, ranges) in candidate.Decoded.DeleteSet.Clients)
        {
            if (ranges.Count > 0 && Beyond(client, ranges[^1].Clock + ranges[^1].Length - 1, "The update deletes up to") is { } problem)
            {
                return problem;
            }
        }

        if (waiting.Count == 0)
        {
            return null;
        }

        // Only what the update adds counts against it: a peer that re-sends deletions others
        // already left pending (every update carries its sender's whole delete set) is not the cause.
        var already = doc.PendingClients;
        var added = waiting.Count(client => !already.Contains(client));
        if (added == 0)
        {
            return null;
        }

        // What the update would leave waiting by itself is its own fault, and refused.
        if (waiting.Count > limits.MaxPendingClients)
        {
            return $"The update would leave {waiting.Count} clients waiting for updates this charter does not have (at most {limits.MaxPendingClients}); sync first.";
        }

        if (candidate.Update.Length > limits.MaxPendingBytes)
        {
            return $"The update would leave {candidate.Update.Length} bytes waiting for updates this charter does not have (at most {limits.MaxPendingBytes}); sync first.";
        }

        // Together with what others left waiting it is too much: drop theirs rather than refuse
        // this one, so no one can freeze a charter for everyone by filling the bounds. Honest
        // senders of what is dropped send it again with their next sync.
        var pendingBytes = (doc.PendingStructsUpdateV2?.Length ?? 0) + candidate.Update.Length;
        if (already.Count + added > limits.MaxPendingClients || pendingBytes > limits.MaxPendingBytes)
        {
            candidate.DropPending = true;
        }

        return null;
    }

    /// <summary>Per client, the clock after the last one the Doc or the update holds.</summary>
    private static Dictionary<long, long> KnownClocks(Doc doc, DecodedUpdate update)
    {
        var known = new Dictionary<long, long>();
        foreach (var block in update.Blocks)
        {
            if (block is SkipBlock)
            {
                continue;
            }

            var client = block.Id.Client;
            var have = known.TryGetValue(client, out var clock) ? clock : doc.Store.GetState(client);
            known[client] = Math.Max(have, block.End);
        }

        return known;
    }

    private static IEnumerable<(Id Reference, string What)> References(ItemBlock item)
    {
        if (item.Origin is { } origin)
        {
            yield return (origin, "origin");
        }

        if (item.RightOrigin is { } right)
        {
            yield return (right, "right origin");
        }

        if (item.ParentId is { } parent)
        {
            yield return (parent, "parent");
        }
    }
}
