using Charter.Crdt;
using Charter.Web.Accounts;
using Charter.Crdt.Protocols;
using Charter.Web.Collaboration.Wire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Charter.Web.Collaboration.Hub;

/// <summary>
/// <c>/hubs/charter</c>: live co-editing of charters with y-protocols 1.0.7 frames as <c>byte[]</c>
/// (docs/COLLABORATION.md, "The hub"). Every call goes through <see cref="CharterHubFilter"/> first, which
/// authorises it and turns typed input errors into a <see cref="HubException"/> for the caller only.
/// Server → client: <c>Update(charter, syncMessage)</c>, <c>Awareness(charter, awarenessUpdate)</c>,
/// <c>Resync(charter)</c>, and <c>ReadOnly(reason)</c> when the caller's role stops allowing edits.
/// Only signed-in, active people connect; what each method needs is in <see cref="CharterHubMethods"/>.
/// </summary>
[Authorize(Policy = CharterPolicies.Person)]
public sealed class CharterHub(
    CharterSessionRegistry sessions, CharterAwarenessRegistry awareness, ChunkedUploads uploads, PeopleRoster roster,
    IPresenceLimit presenceLimit, IDestructiveEditRecorder destructiveEdits)
    : Microsoft.AspNetCore.SignalR.Hub
{
    public const string Path = "/hubs/charter";

    public static string GroupName(string charter) => $"charter:{charter}";

    /// <summary>
    /// Joins the charter's group and returns <c>[syncStep2, serverSyncStep1, awarenessUpdate]</c>:
    /// what the caller lacks, the server's state vector, and everyone's current presence.
    /// </summary>
    public async Task<byte[][]> Join(string charter, byte[] syncStep1)
    {
        var frame = SyncFrame.Read(syncStep1);
        if (frame.Type != SyncMessageType.SyncStep1)
        {
            throw new InvalidSyncMessageException("Join takes a sync step 1 frame (the client's state vector).");
        }

        // Checked before joining the group, so a malformed join leaves the caller outside it.
        Y.DecodeStateVector(frame.Payload);

        await using var lease = await sessions.OpenAsync(charter, Context.ConnectionAborted);
        // Joined before the Doc is read, so no update committed after the read is missed.
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupName(charter), Context.ConnectionAborted);
        JoinedCharters.Add(Context, charter);
        var (step2, step1) = await lease.Session.ReadAsync(doc => (
            SyncFrame.WriteStep2(Y.EncodeStateAsUpdate(doc, frame.Payload)),
            SyncFrame.WriteStep1(Y.EncodeStateVector(doc))));
        return [step2, step1, awareness.For(charter).EncodePresent()];
    }

    /// <summary>
    /// Applies a sync step 2 or update frame; returns its log sequence number once committed.
    /// Sends <c>Resync</c> to the caller when the update leaves missing dependencies.
    /// </summary>
    public async Task<long> Update(string charter, byte[] syncMessage)
    {
        await using var lease = await sessions.OpenAsync(charter, Context.ConnectionAborted);
        // The role as of this call, so DestructiveEditPolicy judges the sender's current standing.
        var sender = await roster.FindAsync(Context.User, Context.ConnectionAborted);
        var ack = await lease.Session.ApplyUpdateAsync(
            syncMessage, new UpdateOrigin(Context.ConnectionId, Context.UserIdentifier) { SenderRole = sender?.Role });
        if (ack.Destructive is { } destructive)
        {
            await destructiveEdits.RecordAsync(charter, destructive, sender?.Id, sender?.DisplayName ?? "", CancellationToken.None);
        }

        if (ack.MissingDependencies)
        {
            await Clients.Caller.SendAsync("Resync", charter);
        }

        return ack.Sequence;
    }

    /// <summary>
    /// One piece of a frame too large for one message; the last piece applies the whole frame as
    /// <see cref="Update"/> does and returns its sequence number, earlier ones return 0.
    /// </summary>
    public async Task<long> UpdateChunk(string charter, string uploadId, int index, int count, byte[] chunk)
    {
        var frame = uploads.Add(Context.ConnectionId, Context.UserIdentifier, charter, uploadId, index, count, chunk);
        return frame is null ? 0 : await Update(charter, frame);
    }

    /// <summary>
    /// Relays an awareness update to the others in the charter; never stored. The states relayed
    /// carry the caller's account name and colour (see <see cref="CharterAwareness"/>), and the
    /// caller gets <c>[name, colour]</c> back so its own entry shows what the others see (empty
    /// when nothing in the update was newer than what is known).
    /// </summary>
    public async Task<string[]> Awareness(string charter, byte[] awarenessUpdate)
    {
        if (!JoinedCharters.Contains(Context, charter))
        {
            throw HubRefusal.Because(HubRefusal.Malformed, $"Join charter '{charter}' before sending awareness to it.");
        }

        var personId = Context.UserIdentifier ?? throw HubRefusal.Because(HubRefusal.SessionEnded, "Sign in to announce your presence.");
        presenceLimit.Take(personId);
        var entries = AwarenessFrame.Read(awarenessUpdate);
        var person = await roster.FindAsync(personId, Context.ConnectionAborted)
            ?? throw HubRefusal.Because(HubRefusal.SessionEnded, "Sign in with an active account to announce your presence.");
        var author = new PresenceAuthor(Context.ConnectionId, personId, person.DisplayName, person.PresenceColour);
        var relayed = awareness.For(charter).Apply(author, entries);
        if (relayed.Count == 0)
        {
            return [];
        }

        await Clients.OthersInGroup(GroupName(charter)).SendAsync("Awareness", charter, AwarenessFrame.Write(relayed));
        return relayed.FirstOrDefault(e => !e.IsRemoval) is { } own ? UserOf(own) : [];
    }

    /// <summary>Leaves the charter's group; the caller's presence there is removed for the others.</summary>
    public async Task Leave(string charter)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupName(charter));
        if (JoinedCharters.Remove(Context, charter))
        {
            await RemovePresenceAsync(charter);
        }
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        uploads.Forget(Context.ConnectionId);
        foreach (var charter in JoinedCharters.RemoveAll(Context))
        {
            await RemovePresenceAsync(charter);
        }

        await base.OnDisconnectedAsync(exception);
    }

    private async Task RemovePresenceAsync(string charter)
    {
        if (awareness.For(charter).RemoveConnection(Context.ConnectionId) is { } removal)
        {
            await Clients.OthersInGroup(GroupName(charter)).SendAsync("Awareness", charter, removal);
        }
    }

    private static string[] UserOf(AwarenessEntry stamped)
    {
        var user = System.Text.Json.Nodes.JsonNode.Parse(stamped.StateJson)!["user"]!;
        return [(string)user["name"]!, (string)user["color"]!];
    }
}
