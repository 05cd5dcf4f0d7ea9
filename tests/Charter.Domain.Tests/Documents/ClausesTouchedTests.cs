using Charter.Crdt;
using Charter.Crdt.Types;
using Charter.Domain.Documents;

namespace Charter.Domain.Tests.Documents;

/// <summary>
/// A browser edits its copy of the charter; the server applies the update and asks which clauses
/// the transaction touched, as the collaboration session does for every update it stores.
/// </summary>
public sealed class ClausesTouchedTests
{
    [Fact]
    public void In_BodyEditedByAPeer_ReturnsThatClause()
    {
        var touched = TouchedByPeerEdit(peer => Text(peer, "c-b2c3", CharterDocument.BodyKey).Insert(0, "Truly, "));

        Assert.Equal(["c-b2c3"], touched);
    }

    [Fact]
    public void In_TitleDeletion_ReturnsThatClause()
    {
        var touched = TouchedByPeerEdit(peer => Text(peer, "c-c3d4", CharterDocument.TitleKey).Delete(0, 5));

        Assert.Equal(["c-c3d4"], touched);
    }

    [Fact]
    public void In_TranslationBodyEdited_ReturnsItsClause()
    {
        var touched = TouchedByPeerEdit(peer =>
        {
            var spanish = (YMap)Translations(peer, "c-a1b2").Get("es")!;
            ((YText)spanish.Get(CharterDocument.BodyKey)!).Insert(0, "Siempre: ");
        });

        Assert.Equal(["c-a1b2"], touched);
    }

    [Fact]
    public void In_NewTranslationAdded_ReturnsItsClause()
    {
        var touched = TouchedByPeerEdit(peer =>
        {
            var french = new YMap();
            Translations(peer, "c-c3d4").Set("fr", french);
            french.Set(CharterDocument.TitleKey, new YText());
            ((YText)french.Get(CharterDocument.TitleKey)!).Insert(0, "Réseaux ouverts");
        });

        Assert.Equal(["c-c3d4"], touched);
    }

    [Fact]
    public void In_NewClauseAdded_ReturnsTheNewId()
    {
        var touched = TouchedByPeerEdit(peer =>
        {
            var clause = new YMap();
            peer.GetMap(CharterDocument.ClausesKey).Set("c-new1", clause);
            clause.Set(CharterDocument.TitleKey, new YText());
            ((YText)clause.Get(CharterDocument.TitleKey)!).Insert(0, "Right to repair");
            peer.GetArray(CharterDocument.OrderKey).Push("c-new1");
        });

        Assert.Equal(["c-new1"], touched);
    }

    [Fact]
    public void In_ClauseRemoved_ReturnsItsId()
    {
        var touched = TouchedByPeerEdit(peer => peer.GetMap(CharterDocument.ClausesKey).Delete("c-a1b2"));

        Assert.Equal(["c-a1b2"], touched);
    }

    [Fact]
    public void In_TwoClausesInOneTransaction_ReturnsBothOnce()
    {
        var touched = TouchedByPeerEdit(peer =>
        {
            Text(peer, "c-a1b2", CharterDocument.BodyKey).Insert(0, "One. ");
            Text(peer, "c-a1b2", CharterDocument.TitleKey).Insert(0, "The ");
            Text(peer, "c-c3d4", CharterDocument.BodyKey).Insert(0, "Two. ");
        });

        Assert.Equal(["c-a1b2", "c-c3d4"], touched.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void In_PreambleAndOrderOnly_ReturnsNothing()
    {
        var touched = TouchedByPeerEdit(peer =>
        {
            ((YText)peer.GetMap(CharterDocument.MetaKey).Get(CharterDocument.PreambleKey)!).Insert(0, "Hello. ");
            var order = peer.GetArray(CharterDocument.OrderKey);
            order.Delete(1, 1);
            order.Push("c-a1b2");
        });

        Assert.Empty(touched);
    }

    /// <summary>The clauses touched when the server applies what a peer did in one transaction.</summary>
    private static IReadOnlyCollection<string> TouchedByPeerEdit(Action<Doc> edit)
    {
        var server = CharterDocument.Create(SampleRights.Set);
        var peer = new Doc();
        Y.ApplyUpdate(peer, Y.EncodeStateAsUpdate(server));
        var before = Y.EncodeStateVector(server);
        peer.Transact(_ => edit(peer));

        IReadOnlyCollection<string>? touched = null;
        server.AfterTransaction += transaction => touched = ClausesTouched.In(transaction);
        Y.ApplyUpdate(server, Y.EncodeStateAsUpdate(peer, before));

        return touched ?? throw new InvalidOperationException("Applying the peer's update ran no transaction.");
    }

    private static YMap Clause(Doc doc, string id) => (YMap)doc.GetMap(CharterDocument.ClausesKey).Get(id)!;

    private static YText Text(Doc doc, string clauseId, string key) => (YText)Clause(doc, clauseId).Get(key)!;

    private static YMap Translations(Doc doc, string clauseId) => (YMap)Clause(doc, clauseId).Get(CharterDocument.TranslationsKey)!;
}
