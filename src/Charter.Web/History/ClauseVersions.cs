using Charter.Crdt;
using Charter.Crdt.Types;
using Charter.Domain.Documents;

namespace Charter.Web.History;

/// <summary>A clause's title and body as one kept state held them.</summary>
public sealed record ClauseVersion(HistoryEntry Entry, string Title, string Body);

/// <summary>
/// A clause's earlier texts from the charter's kept states: one per state that holds the clause
/// with a title or body different from the state before it, newest first. Each state is decoded
/// on its own, so this costs one Doc per kept state (bounded by the history's retention).
/// </summary>
public static class ClauseVersions
{
    public static IReadOnlyList<ClauseVersion> From(IEnumerable<KeptState> oldestFirst, string clauseId)
    {
        List<ClauseVersion> versions = [];
        foreach (var kept in oldestFirst)
        {
            var doc = new Doc();
            Y.ApplyUpdate(doc, kept.State);
            if (doc.GetMap(CharterDocument.ClausesKey).Get(clauseId) is not YMap clause)
            {
                continue;
            }

            var title = RestoreChanges.TextOf(clause, CharterDocument.TitleKey);
            var body = RestoreChanges.TextOf(clause, CharterDocument.BodyKey);
            if (versions.Count == 0 || versions[^1].Title != title || versions[^1].Body != body)
            {
                versions.Add(new ClauseVersion(kept.Entry, title, body));
            }
        }

        versions.Reverse();
        return versions;
    }
}
