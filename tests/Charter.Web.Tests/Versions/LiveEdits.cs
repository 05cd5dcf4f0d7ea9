using Charter.Crdt;
using Charter.Crdt.Types;
using Charter.Domain.Documents;
using Charter.Web.Collaboration;
using Charter.Web.Collaboration.Wire;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.Versions;

/// <summary>
/// Edits the live charter the way a browser does: a yjs update made on a copy of the Doc, sent to
/// the charter's session as a sync update frame, which validates, stores and applies it.
/// </summary>
internal static class LiveEdits
{
    public static async Task ApplyAsync(IServiceProvider services, string charter, Action<Doc> edit)
    {
        var sessions = services.GetRequiredService<CharterSessionRegistry>();
        await using var lease = await sessions.OpenAsync(charter, CancellationToken.None);
        var state = await lease.Session.ReadAsync(doc => Y.EncodeStateAsUpdate(doc));
        var copy = new Doc();
        Y.ApplyUpdate(copy, state);
        var before = Y.EncodeStateVector(copy);
        edit(copy);
        await lease.Session.ApplyUpdateAsync(SyncFrame.WriteUpdate(Y.EncodeStateAsUpdate(copy, before)), new UpdateOrigin(null, null));
    }

    public static void PrependToBody(Doc doc, string clauseId, string text)
    {
        var clause = (YMap)doc.GetMap(CharterDocument.ClausesKey).Get(clauseId)!;
        ((YText)clause.Get(CharterDocument.BodyKey)!).Insert(0, text);
    }

    /// <summary>Moves a clause id to just after another id in <c>order</c>: delete + insert of the id only.</summary>
    public static void MoveAfter(Doc doc, string clauseId, string afterId)
    {
        var order = doc.GetArray(CharterDocument.OrderKey);
        doc.Transact(_ =>
        {
            order.Delete(IndexOf(order, clauseId), 1);
            order.Insert(IndexOf(order, afterId) + 1, clauseId);
        });
    }

    /// <summary>Takes every part id out of <c>order</c>, leaving clauses that belong to no part.</summary>
    public static void RemoveAllParts(Doc doc)
    {
        var order = doc.GetArray(CharterDocument.OrderKey);
        doc.Transact(_ =>
        {
            foreach (var partId in order.ToArray().OfType<string>().Where(id => id.StartsWith("p-", StringComparison.Ordinal)).ToList())
            {
                order.Delete(IndexOf(order, partId), 1);
            }
        });
    }

    private static int IndexOf(YArray order, string id) => order.ToArray().IndexOf(id);
}
