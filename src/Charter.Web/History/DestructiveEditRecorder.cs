using System.Globalization;
using Charter.Web.Audit;
using Charter.Web.Collaboration;

namespace Charter.Web.History;

/// <summary>
/// What happens after a destructive edit was let through and committed: the charter as it was
/// just before is kept in the history, and each removed clause and part (or the large deletion of
/// text) is written to the audit log with who did it and what it was called.
/// </summary>
public sealed class DestructiveEditRecorder(CharterHistory history, IServiceScopeFactory scopes) : IDestructiveEditRecorder
{
    public async Task RecordAsync(string charter, DestructiveEdit edit, string? actorId, string actorName, CancellationToken cancellationToken)
    {
        var footprint = edit.Footprint;
        await history.KeepAsync(charter, edit.StateBefore, HistoryReasons.BeforeStructuralChange, actorId, actorName, Removed(footprint), cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
        foreach (var clause in footprint.Clauses)
        {
            await audit.AppendAsync(new AuditRecord(actorId, actorName, AuditActions.ClauseDeleted, $"{charter}/{clause.Id}", AuditDetails.Removed.Write(clause.Title)), cancellationToken);
        }

        foreach (var part in footprint.Parts)
        {
            await audit.AppendAsync(new AuditRecord(actorId, actorName, AuditActions.PartDeleted, $"{charter}/{part.Id}", AuditDetails.Removed.Write(part.Title)), cancellationToken);
        }

        if (!footprint.IsStructural)
        {
            await audit.AppendAsync(new AuditRecord(actorId, actorName, AuditActions.TextDeleted, charter, AuditDetails.TextDeleted.Write(footprint.DeletedCharacters, footprint.TotalCharacters)), cancellationToken);
        }
    }

    /// <summary>The history's note: the ids and titles removed, or the characters deleted out of all.</summary>
    public static string Removed(DeletionFootprint footprint) =>
        footprint.IsStructural
            ? string.Join(", ", footprint.Clauses.Concat(footprint.Parts).Select(e => $"{e.Id} ({e.Title})"))
            : string.Create(CultureInfo.InvariantCulture, $"−{footprint.DeletedCharacters} / {footprint.TotalCharacters}");
}
