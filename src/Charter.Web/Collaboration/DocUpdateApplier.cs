using Charter.Crdt;
using Charter.Crdt.Protocols;
using Charter.Crdt.Utils;
using Charter.Domain.Documents;
using Charter.Web.Collaboration.Admission;
using Charter.Web.Collaboration.Wire;

namespace Charter.Web.Collaboration;

/// <summary>What applying one update did to the Doc.</summary>
/// <param name="Store">Whether the update needs a log row: it changed the Doc, or left pending structs the Doc now holds.</param>
/// <param name="Destructive">Set when <see cref="DestructiveEditPolicy"/> found it destructive and let it through (a steward's).</param>
internal readonly record struct AppliedUpdate(
    byte[] Update, bool Store, bool MissingDependencies, long? AdvancedClient, IReadOnlyCollection<string>? Clauses, DestructiveEdit? Destructive);

/// <summary>
/// Applies update frames to a session's Doc: read the frame, pass <see cref="UpdateAdmission"/> and
/// <see cref="DestructiveEditPolicy"/>, apply (<see cref="Y.ApplyUpdate"/> validates before it mutates), and note what the transaction
/// changed, the way yjs decides whether to emit an update. Also expires pending structs that stay
/// incomplete for <see cref="CollaborationOptions.PendingExpiresAfterCommits"/> commits.
/// Touched only on the session's loop.
/// </summary>
internal sealed class DocUpdateApplier
{
    private readonly Doc _doc;
    private readonly UpdateAdmission _admission;
    private readonly CollaborationOptions _options;
    private DocChange? _lastChange;
    private int _commitsWithPending;

    public DocUpdateApplier(Doc doc, UpdateAdmission admission, CollaborationOptions options)
    {
        _doc = doc;
        _admission = admission;
        _options = options;
        doc.AfterTransaction += OnAfterTransaction;
    }

    /// <exception cref="MalformedUpdateException">The frame or its update cannot be decoded; nothing changed.</exception>
    /// <exception cref="InvalidSyncMessageException">The frame is a step 1.</exception>
    /// <exception cref="UpdateRefusedException">A rule of admission refused it; nothing changed.</exception>
    /// <exception cref="DestructiveEditRefusedException">It deletes more than the sender's standing allows; nothing changed.</exception>
    public AppliedUpdate Apply(byte[] syncMessage, UpdateOrigin origin)
    {
        var frame = SyncFrame.Read(syncMessage);
        if (frame.Type == SyncMessageType.SyncStep1)
        {
            throw new InvalidSyncMessageException(
                "Update takes a sync step 2 or update frame; a step 1 (state vector) goes to Join.");
        }

        var decoded = _admission.Admit(_doc, frame.Payload, origin);
        var destructive = DestructiveEditPolicy.Admit(_doc, decoded, origin, _options);
        _lastChange = null;
        var hadPending = _doc.HasPending;
        Y.ApplyUpdate(_doc, frame.Payload, origin);
        // Pending before and still pending, yet this update integrated something: it was not the
        // cause, so its sender is not asked to resync.
        var missing = _doc.HasPending && (!hadPending || _lastChange is null);
        // An update that adds nothing (a peer's empty sync step 2, a resend) is neither stored nor
        // broadcast; one that only added pending structs is stored, since the Doc holds them.
        var store = _lastChange is not null || _doc.HasPending;
        return new AppliedUpdate(frame.Payload, store, missing, _lastChange?.AdvancedClient, _lastChange?.Clauses, destructive);
    }

    /// <summary>Counts a commit; returns true when it expired the Doc's pending structs.</summary>
    public bool NoteCommitAndExpirePending()
    {
        if (!_doc.HasPending)
        {
            _commitsWithPending = 0;
            return false;
        }

        if (++_commitsWithPending < _options.PendingExpiresAfterCommits)
        {
            return false;
        }

        _doc.DropPending();
        _commitsWithPending = 0;
        return true;
    }

    private void OnAfterTransaction(Transaction transaction)
    {
        long? advanced = null;
        foreach (var (client, clock) in transaction.AfterState)
        {
            if (transaction.BeforeState.GetValueOrDefault(client, -1) != clock)
            {
                advanced = client;
                break;
            }
        }

        if (advanced is not null || transaction.DeleteSet.Clients.Count > 0)
        {
            _lastChange = new DocChange(advanced, ClausesTouched.In(transaction));
        }
    }

    private sealed record DocChange(long? AdvancedClient, IReadOnlyCollection<string>? Clauses);
}
