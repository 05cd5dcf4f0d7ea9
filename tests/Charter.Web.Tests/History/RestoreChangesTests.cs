using Charter.Crdt;
using Charter.Crdt.Types;
using Charter.Domain.Documents;
using Charter.Web.History;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.History;

/// <summary>Restoring an earlier state on a copy of the live Doc, as the restore service does.</summary>
public sealed class RestoreChangesTests
{
    private static Doc Copy(Doc doc)
    {
        var copy = new Doc();
        Y.ApplyUpdate(copy, Y.EncodeStateAsUpdate(doc));
        return copy;
    }

    private static YMap Clause(Doc doc, string id) => (YMap)doc.GetMap(CharterDocument.ClausesKey).Get(id)!;

    [Fact]
    public void Whole_AfterClausesRemovedAndTextChanged_ReadsExactlyAsTheEarlierState()
    {
        var earlier = CharterDocument.Create(RepositoryDrafts.Load()[0]);
        var live = Copy(earlier);
        var clauses = CharterDocument.ReadSource(live).Clauses.ToList();
        live.Transact(_ =>
        {
            live.GetMap(CharterDocument.ClausesKey).Delete(clauses[0].Id);
            ((YText)Clause(live, clauses[1].Id).Get("body")!).Insert(0, "Changed since. ");
            ((YText)live.GetMap(CharterDocument.MetaKey).Get("title")!).Delete(0, 3);
        });

        RestoreChanges.Whole(live, earlier);

        Assert.Equal(CharterDocument.ReadSource(earlier), CharterDocument.ReadSource(live));
        // The removed clause comes back with its translations.
        foreach (var language in new[] { "es", "pt", "fr" })
        {
            Assert.Equal(CharterDocument.Read(earlier, language).Draft, CharterDocument.Read(live, language).Draft);
        }
    }

    [Fact]
    public void Clause_OnlyTheMiddleChanged_KeepsWordsTypedElsewhereInTheSameText()
    {
        var earlier = CharterDocument.Create(RepositoryDrafts.Load()[0]);
        var id = CharterDocument.ReadSource(earlier).Clauses.First().Id;
        var live = Copy(earlier);
        var body = (YText)Clause(live, id).Get("body")!;
        var original = body.ToString();
        body.Insert(original.Length / 2, " OVERWRITE ");
        var concurrent = Copy(live);
        ((YText)Clause(concurrent, id).Get("body")!).Insert(0, "Typed meanwhile: ");

        RestoreChanges.Clause(live, earlier, id);
        Y.ApplyUpdate(live, Y.EncodeStateAsUpdate(concurrent));

        Assert.Equal("Typed meanwhile: " + original, ((YText)Clause(live, id).Get("body")!).ToString());
    }

    [Fact]
    public void Clause_RemovedSince_ComesBackWhereItStood()
    {
        var earlier = CharterDocument.Create(RepositoryDrafts.Load()[0]);
        var clauses = CharterDocument.ReadSource(earlier).Clauses.ToList();
        var live = Copy(earlier);
        live.Transact(_ =>
        {
            var order = live.GetArray(CharterDocument.OrderKey);
            order.Delete(order.ToArray().IndexOf(clauses[2].Id));
            live.GetMap(CharterDocument.ClausesKey).Delete(clauses[2].Id);
        });

        RestoreChanges.Clause(live, earlier, clauses[2].Id);

        Assert.Equal(clauses.Select(c => c.Id), CharterDocument.ReadSource(live).Clauses.Select(c => c.Id));
        Assert.Equal(clauses[2], CharterDocument.ReadSource(live).Clauses.ElementAt(2));
    }
}
