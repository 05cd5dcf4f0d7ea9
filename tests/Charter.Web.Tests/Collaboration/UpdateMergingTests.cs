using Charter.Crdt;
using Charter.Web.Collaboration;

namespace Charter.Web.Tests.Collaboration;

/// <summary>Merging a log in rounds gives the update that applying every row in turn gives.</summary>
public sealed class UpdateMergingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(300)]
    public void MergeInRounds_RowsOfInsertsAndDeletesByThreePeople_ApplyAsEveryRowInTurn(int rows)
    {
        var shared = new Doc();
        var log = new List<byte[]>();
        var random = new Random(rows);
        var authors = Enumerable.Range(0, 3).Select(_ => new Doc()).ToList();
        for (var i = 0; i < rows; i++)
        {
            var author = authors[i % authors.Count];
            Y.ApplyUpdate(author, Y.EncodeStateAsUpdate(shared, Y.EncodeStateVector(author)));
            var before = Y.EncodeStateVector(author);
            var text = author.GetText("t");
            if (text.Length > 4 && random.Next(3) == 0)
            {
                text.Delete(random.Next(text.Length - 2), 2);
            }
            else
            {
                text.Insert(random.Next(text.Length + 1), $"[{i}]");
            }

            var update = Y.EncodeStateAsUpdate(author, before);
            Y.ApplyUpdate(shared, update);
            log.Add(update);
        }

        var reloaded = new Doc();
        Y.ApplyUpdate(reloaded, UpdateMerging.MergeInRounds(log));

        Assert.Equal(shared.GetText("t").ToString(), reloaded.GetText("t").ToString());
        Assert.Equal(Y.EncodeStateVector(shared), Y.EncodeStateVector(reloaded));
        Assert.False(reloaded.HasPending);
    }

    [Fact]
    public void MergeInRounds_NoRows_IsAnUpdateThatChangesNothing()
    {
        var doc = new Doc();

        Y.ApplyUpdate(doc, UpdateMerging.MergeInRounds([]));

        Assert.Empty(doc.Store.GetStateVector());
    }
}
