using Charter.Crdt;
using Charter.Crdt.Types;
using Charter.Domain.Documents;

namespace Charter.Domain.Amendments;

/// <summary>Reads and writes clauses in a charter Doc with the layout of <see cref="CharterDocument"/>.</summary>
internal static class CharterClauses
{
    /// <summary>A clause is live when it has an entry in <c>clauses</c> and its id is in <c>order</c>.</summary>
    public static bool IsLive(Doc doc, string clauseId) =>
        doc.GetMap(CharterDocument.ClausesKey).Get(clauseId) is YMap && IndexInOrder(doc, clauseId) >= 0;

    public static bool IsIdTaken(Doc doc, string clauseId) =>
        doc.GetMap(CharterDocument.ClausesKey).ContainsKey(clauseId) || IndexInOrder(doc, clauseId) >= 0;

    /// <summary>The clause's title and body, or empty strings when it is not live.</summary>
    public static (string Title, string Body) Read(Doc doc, string clauseId) =>
        IsLive(doc, clauseId) && doc.GetMap(CharterDocument.ClausesKey).Get(clauseId) is YMap clause
            ? (TextOf(clause, CharterDocument.TitleKey), TextOf(clause, CharterDocument.BodyKey))
            : ("", "");

    public static YText Text(Doc doc, string clauseId, string key) =>
        (YText)((YMap)doc.GetMap(CharterDocument.ClausesKey).Get(clauseId)!).Get(key)!;

    /// <summary>The first occurrence wins, as for every reader of <c>order</c>.</summary>
    public static int IndexInOrder(Doc doc, string id)
    {
        var order = doc.GetArray(CharterDocument.OrderKey);
        for (var i = 0; i < order.Length; i++)
        {
            if (order.Get(i) is string entry && entry == id)
            {
                return i;
            }
        }

        return -1;
    }

    private static string TextOf(YMap clause, string key) => clause.Get(key) is YText text ? text.ToString() : "";
}
