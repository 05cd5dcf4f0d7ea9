using Charter.Crdt;
using Charter.Crdt.Types;
using Charter.Domain.Documents;
using Charter.Web.Collaboration;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.History;

/// <summary>What an update would delete, read against the Doc before it is applied.</summary>
public sealed class DeletionInspectorTests
{
    private static Doc Charter() => CharterDocument.Create(RepositoryDrafts.Load()[0]);

    /// <summary>A peer's copy of <paramref name="doc"/>, edited by <paramref name="edit"/>; returns the update.</summary>
    private static byte[] EditOnCopy(Doc doc, Action<Doc> edit)
    {
        var copy = new Doc();
        Y.ApplyUpdate(copy, Y.EncodeStateAsUpdate(doc));
        var before = Y.EncodeStateVector(copy);
        edit(copy);
        return Y.EncodeStateAsUpdate(copy, before);
    }

    private static YMap Clause(Doc doc, string id) => (YMap)doc.GetMap(CharterDocument.ClausesKey).Get(id)!;

    [Fact]
    public void Inspect_TypingAndDeletingAFewCharacters_IsNotStructuralAndCountsTheCharacters()
    {
        var doc = Charter();
        var id = CharterDocument.ReadSource(doc).Clauses.First().Id;
        var update = EditOnCopy(doc, copy => ((YText)Clause(copy, id).Get("body")!).Delete(0, 5));
        var before = Y.EncodeStateAsUpdate(doc);

        var footprint = DeletionInspector.Inspect(doc, update);

        Assert.False(footprint.IsStructural);
        Assert.Equal(5, footprint.DeletedCharacters);
        Assert.True(footprint.DeletedShare < 0.01);
        Assert.Equal(before, Y.EncodeStateAsUpdate(doc));
    }

    [Fact]
    public void Inspect_DeletingAClauseEntry_NamesItAndCountsItsTextAndTranslations()
    {
        var doc = Charter();
        var clause = CharterDocument.ReadSource(doc).Clauses.First();
        var update = EditOnCopy(doc, copy => copy.GetMap(CharterDocument.ClausesKey).Delete(clause.Id));

        var footprint = DeletionInspector.Inspect(doc, update);

        var removed = Assert.Single(footprint.Clauses);
        Assert.Equal((clause.Id, clause.Title), (removed.Id, removed.Title));
        Assert.Equal(DeletionInspector.VisibleText(Clause(doc, clause.Id)), footprint.DeletedCharacters);
        Assert.True(footprint.DeletedCharacters > clause.Title.Length + clause.Body.Length);
    }

    [Fact]
    public void Inspect_OverwritingAClauseWithoutListingTheDeletion_IsStillStructural()
    {
        var doc = Charter();
        var id = CharterDocument.ReadSource(doc).Clauses.Last().Id;
        var update = EditOnCopy(doc, copy => copy.GetMap(CharterDocument.ClausesKey).Set(id, "gone"));
        var decoded = Crdt.Encoding.UpdateOps.Updates.DecodeUpdate(update);
        // Drop the delete set: the old value is deleted anyway when the new one integrates.
        var withoutDeletes = Crdt.Encoding.UpdateOps.Updates.EncodeUpdate(
            decoded with { DeleteSet = Crdt.Encoding.UpdateOps.Updates.DecodeUpdate(Y.EncodeStateAsUpdate(new Doc())).DeleteSet },
            Crdt.Encoding.UpdateOps.UpdateFormat.V1);

        var footprint = DeletionInspector.Inspect(doc, withoutDeletes);

        Assert.Equal(id, Assert.Single(footprint.Clauses).Id);
    }

    [Fact]
    public void Inspect_MovingAClause_DeletesNothingThatCounts()
    {
        var doc = Charter();
        var id = CharterDocument.ReadSource(doc).Clauses.Last().Id;
        var update = EditOnCopy(doc, copy =>
        {
            var order = copy.GetArray(CharterDocument.OrderKey);
            copy.Transact(_ =>
            {
                order.Delete(order.ToArray().IndexOf(id));
                order.Insert(1, id);
            });
        });

        Assert.Equal(DeletionFootprint.None, DeletionInspector.Inspect(doc, update));
    }

    [Fact]
    public void Inspect_TakingAClauseIdOutOfOrder_RemovesTheClauseAlthoughItsEntryStays()
    {
        var doc = Charter();
        var clause = CharterDocument.ReadSource(doc).Clauses.Last();
        var update = EditOnCopy(doc, copy =>
        {
            var order = copy.GetArray(CharterDocument.OrderKey);
            order.Delete(order.ToArray().IndexOf(clause.Id));
        });

        var footprint = DeletionInspector.Inspect(doc, update);

        var removed = Assert.Single(footprint.Clauses);
        Assert.Equal((clause.Id, clause.Title), (removed.Id, removed.Title));
        Assert.True(footprint.IsStructural);
    }

    [Fact]
    public void Inspect_EmptyingOrder_RemovesEveryClauseAndPart()
    {
        var doc = Charter();
        var ids = doc.GetArray(CharterDocument.OrderKey).ToArray().OfType<string>().ToList();
        var update = EditOnCopy(doc, copy => copy.GetArray(CharterDocument.OrderKey).Delete(0, ids.Count));

        var footprint = DeletionInspector.Inspect(doc, update);

        Assert.Equal(ids.Order(), footprint.Clauses.Select(c => c.Id).Concat(footprint.Parts.Select(p => p.Id)).Order());
    }

    [Fact]
    public void Inspect_MovingAClauseToTheTop_PutsTheIdBackBeforeEverything_DeletesNothingThatCounts()
    {
        var doc = Charter();
        var id = CharterDocument.ReadSource(doc).Clauses.Last().Id;
        var update = EditOnCopy(doc, copy =>
        {
            var order = copy.GetArray(CharterDocument.OrderKey);
            copy.Transact(_ =>
            {
                order.Delete(order.ToArray().IndexOf(id));
                order.Insert(0, id);
            });
        });

        Assert.Equal(DeletionFootprint.None, DeletionInspector.Inspect(doc, update));
    }

    [Fact]
    public void Inspect_DeletingADuplicateOccurrence_KeepsTheOtherAndDeletesNothingThatCounts()
    {
        var doc = Charter();
        var id = CharterDocument.ReadSource(doc).Clauses.Last().Id;
        // Two people moved the same clause at once: the id is in order twice.
        var duplicate = EditOnCopy(doc, copy => copy.GetArray(CharterDocument.OrderKey).Insert(1, id));
        Y.ApplyUpdate(doc, duplicate);
        var update = EditOnCopy(doc, copy =>
        {
            var order = copy.GetArray(CharterDocument.OrderKey);
            order.Delete(order.ToArray().LastIndexOf(id));
        });

        Assert.Equal(DeletionFootprint.None, DeletionInspector.Inspect(doc, update));
    }
}
