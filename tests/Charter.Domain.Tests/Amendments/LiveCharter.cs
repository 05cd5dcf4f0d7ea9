using Charter.Crdt;
using Charter.Crdt.Types;
using Charter.Domain.Documents;
using Charter.Domain.Drafts;

namespace Charter.Domain.Tests.Amendments;

/// <summary>A live charter Doc, plus peers that edit it the way browsers do: on their own Doc, synced by updates.</summary>
internal static class LiveCharter
{
    public const string Connect = "c-a1b2";
    public const string Speak = "c-b2c3";
    public const string Open = "c-c3d4";

    public const string ConnectBody = "Everyone may connect to the network freely. Access must be affordable for every community.";

    public static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    public static Doc Create()
    {
        var draft = new CharterDraft(
            "en",
            "Internet Rights",
            "We, the undersigned.",
            [
                new Part("p-aaaa", "People", [
                    new Clause(Connect, "Right to connect", ConnectBody),
                    new Clause(Speak, "Right to speak", "Everyone may speak."),
                ]),
                new Part("p-bbbb", "Networks", [new Clause(Open, "Open networks", "Networks stay open.")]),
            ]);
        return CharterDocument.Create(new DraftSet("rights", draft, new Dictionary<string, CharterDraft>()));
    }

    /// <summary>Another participant edits a clause's body on their own replica; the live doc receives the update.</summary>
    public static void EditBody(Doc live, string clauseId, Action<YText> edit) =>
        EditOnPeer(live, peer => edit(Text(peer, clauseId, CharterDocument.BodyKey)));

    public static void EditOnPeer(Doc live, Action<Doc> edit)
    {
        var peer = new Doc();
        Y.ApplyUpdate(peer, Y.EncodeStateAsUpdate(live));
        var before = Y.EncodeStateVector(peer);
        peer.Transact(_ => edit(peer));
        Y.ApplyUpdate(live, Y.EncodeStateAsUpdate(peer, before));
    }

    public static YText Text(Doc doc, string clauseId, string key) =>
        (YText)((YMap)doc.GetMap(CharterDocument.ClausesKey).Get(clauseId)!).Get(key)!;

    public static Clause ClauseOf(Doc doc, string clauseId) =>
        CharterDocument.ReadSource(doc).Clauses.Single(c => c.Id == clauseId);

    public static IReadOnlyList<string> ClauseIds(Doc doc) =>
        [.. CharterDocument.ReadSource(doc).Clauses.Select(c => c.Id)];
}
