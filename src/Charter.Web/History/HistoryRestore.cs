using Charter.Crdt;
using Charter.Web.Accounts;
using Charter.Web.Audit;
using Charter.Web.Collaboration;
using Charter.Web.Collaboration.Wire;

namespace Charter.Web.History;

/// <summary>
/// Restores a kept state as a new edit (docs/HISTORY.md). The change is worked out on a copy of
/// the live Doc (<see cref="RestoreChanges"/>) and sent through the charter's session like any
/// edit, so it is stored, broadcast to every open editor and acknowledged; the live Doc is only
/// touched by its session. The charter as it was just before is kept in the history, so a restore
/// can itself be undone, and the restore (with any clause it removes) goes in the audit log.
/// </summary>
public sealed class HistoryRestore(CharterSessionRegistry sessions, CharterHistory history, HistoryAccess access, IServiceScopeFactory scopes)
{
    /// <summary>The whole charter as in kept state <paramref name="entryId"/>; stewards only.</summary>
    /// <exception cref="HistoryRestoreException">Not allowed, or no such kept state.</exception>
    public async Task RestoreCharterAsync(string charter, long entryId, PersonStanding? person, CancellationToken cancellationToken)
    {
        if (!HistoryAccess.MaySeeCharter(person))
        {
            throw new HistoryRestoreException(HistoryRestoreException.NotAllowed, "only stewards may restore the whole charter");
        }

        var kept = await FindAsync(charter, entryId, cancellationToken);
        var earlier = Open(kept);
        await RestoreAsync(charter, kept, person!, doc => RestoreChanges.Whole(doc, earlier),
            AuditActions.CharterRestored, charter, cancellationToken);
    }

    /// <summary>One clause as in kept state <paramref name="entryId"/>; stewards, and editors of that clause.</summary>
    /// <exception cref="HistoryRestoreException">Not allowed, no such kept state, or the clause is not in it.</exception>
    public async Task RestoreClauseAsync(string charter, long entryId, string clauseId, PersonStanding? person, CancellationToken cancellationToken)
    {
        if (!await access.MaySeeClauseAsync(person, charter, clauseId, cancellationToken))
        {
            throw new HistoryRestoreException(HistoryRestoreException.NotAllowed, "only stewards and people who edited this clause may restore it");
        }

        var kept = await FindAsync(charter, entryId, cancellationToken);
        var earlier = Open(kept);
        if (!earlier.GetMap(Domain.Documents.CharterDocument.ClausesKey).ContainsKey(clauseId))
        {
            throw new HistoryRestoreException(HistoryRestoreException.NotFound, $"the kept state {entryId} has no clause '{clauseId}'");
        }

        await RestoreAsync(charter, kept, person!, doc => RestoreChanges.Clause(doc, earlier, clauseId),
            AuditActions.ClauseRestored, $"{charter}/{clauseId}", cancellationToken);
    }

    private async Task<KeptState> FindAsync(string charter, long entryId, CancellationToken cancellationToken) =>
        await history.FindAsync(charter, entryId, cancellationToken)
            ?? throw new HistoryRestoreException(HistoryRestoreException.NotFound, $"charter '{charter}' has no kept state {entryId}");

    private async Task RestoreAsync(
        string charter, KeptState kept, PersonStanding person, Action<Doc> change, string action, string subject, CancellationToken cancellationToken)
    {
        await using var lease = await sessions.OpenAsync(charter, cancellationToken);
        var planned = await lease.Session.ReadAsync(doc => Plan(doc, change));
        if (planned.Update is { } update)
        {
            await history.KeepAsync(charter, planned.StateBefore, HistoryReasons.BeforeRestore, person.Id, person.DisplayName,
                $"{subject} → #{kept.Entry.Id}", cancellationToken);
            await lease.Session.ApplyUpdateAsync(SyncFrame.WriteUpdate(update), new UpdateOrigin(null, person.Id));
        }

        await using var scope = scopes.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
        await audit.AppendAsync(new AuditRecord(person.Id, person.DisplayName, action, subject,
            (planned.Update is null ? AuditDetails.RestoredNothingDiffered : AuditDetails.Restored).Write(kept.Entry.Id, kept.Entry.TakenAt)), cancellationToken);
        foreach (var clause in planned.Removed.Clauses)
        {
            await audit.AppendAsync(new AuditRecord(person.Id, person.DisplayName, AuditActions.ClauseDeleted, $"{charter}/{clause.Id}",
                AuditDetails.RemovedByRestoring.Write(clause.Title, kept.Entry.Id)), cancellationToken);
        }

        foreach (var part in planned.Removed.Parts)
        {
            await audit.AppendAsync(new AuditRecord(person.Id, person.DisplayName, AuditActions.PartDeleted, $"{charter}/{part.Id}",
                AuditDetails.RemovedByRestoring.Write(part.Title, kept.Entry.Id)), cancellationToken);
        }
    }

    /// <summary>On the session's loop: the update the change makes to a copy, what it removes, and the state before.</summary>
    private static PlannedRestore Plan(Doc live, Action<Doc> change)
    {
        var stateBefore = Y.EncodeStateAsUpdate(live);
        var copy = new Doc();
        Y.ApplyUpdate(copy, stateBefore);
        byte[]? update = null;
        copy.Update += (bytes, _, _) => update = update is null ? bytes : Y.MergeUpdates([update, bytes]);
        change(copy);
        var removed = update is null ? DeletionFootprint.None : DeletionInspector.Inspect(live, update);
        return new PlannedRestore(update, removed, stateBefore);
    }

    private static Doc Open(KeptState kept)
    {
        var doc = new Doc();
        Y.ApplyUpdate(doc, kept.State);
        return doc;
    }

    private sealed record PlannedRestore(byte[]? Update, DeletionFootprint Removed, byte[] StateBefore);
}
