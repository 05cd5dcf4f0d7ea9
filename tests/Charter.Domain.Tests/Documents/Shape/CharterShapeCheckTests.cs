using Charter.Crdt;
using Charter.Crdt.Encoding.UpdateOps;
using Charter.Crdt.Types;
using Charter.Domain.Documents;
using Charter.Domain.Documents.Shape;
using Charter.Domain.Drafts;
using Charter.Domain.Translations;

namespace Charter.Domain.Tests.Documents.Shape;

public sealed class CharterShapeCheckTests
{
    [Fact]
    public void Check_EveryRealDraftAsOneUpdate_KeepsToTheLayout()
    {
        foreach (var set in DraftFolder.Load(RepositoryRoot.DraftsFolder))
        {
            var update = Y.EncodeStateAsUpdate(CharterDocument.Create(set));

            Assert.Null(Verdict(new Doc(), update).Problem);
        }
    }

    [Fact]
    public void Check_EditsTheEditorsMake_KeepToTheLayout()
    {
        var server = Server();
        var clauseId = SampleRights.Source.Clauses.First().Id;

        AssertAccepted(server, doc => Body(doc, clauseId).Insert(3, "typed "));
        AssertAccepted(server, doc => Body(doc, clauseId).Delete(0, 4));
        AssertAccepted(server, doc =>
        {
            doc.GetMap(CharterDocument.ClausesKey).Set("c-new1", new YMap());
            var clause = Clause(doc, "c-new1");
            clause.Set(CharterDocument.TitleKey, new YText());
            clause.Set(CharterDocument.BodyKey, new YText());
            clause.Set(CharterDocument.TranslationsKey, new YMap());
            doc.GetArray(CharterDocument.OrderKey).Insert(1, "c-new1");
        });
        AssertAccepted(server, doc => TranslatableEntry.Find(doc, clauseId)!.AddTranslation("pt"));
        AssertAccepted(server, doc => ((YMap)((YMap)Clause(doc, clauseId).Get(CharterDocument.TranslationsKey)!).Get("pt")!)
            .Set(CharterDocument.SourceHashKey, new string('a', 64)));
        AssertAccepted(server, doc => doc.GetMap(CharterDocument.ClausesKey).Delete(clauseId));
    }

    [Theory]
    [InlineData("unknown root", "is not one of the charter's roots")]
    [InlineData("unknown clause field", "is not a field of clauses/<id>")]
    [InlineData("number in order", "order/<id> holds ids")]
    [InlineData("text where a map belongs", "clauses/<id>/translations holds a map")]
    [InlineData("formatting", "format content, which a charter never uses")]
    [InlineData("over-long id", "is not a field of clauses")]
    [InlineData("value in the body", "holds plain text only")]
    public void Check_EditOutsideTheLayout_IsRefusedSayingWhere(string edit, string expected)
    {
        var server = Server();
        var clauseId = SampleRights.Source.Clauses.First().Id;
        Action<Doc> change = edit switch
        {
            "unknown root" => doc => doc.GetMap("comments").Set("x", "y"),
            "unknown clause field" => doc => Clause(doc, clauseId).Set("script", new YText()),
            "number in order" => doc => doc.GetArray(CharterDocument.OrderKey).Insert(0, 5.0),
            "text where a map belongs" => doc => Clause(doc, clauseId).Set(CharterDocument.TranslationsKey, new YText()),
            "formatting" => doc => Body(doc, clauseId).Format(0, 3, new() { ["bold"] = true }),
            "over-long id" => doc => doc.GetMap(CharterDocument.ClausesKey).Set(new string('c', 65), new YMap()),
            _ => doc => Body(doc, clauseId).InsertEmbed(0, new YMap()),
        };

        var problem = Verdict(server, UpdateFrom(server, change)).Problem;

        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwentyThousandNestedMapsUnderClauses_IsRefused()
    {
        var server = Server();

        var update = UpdateFrom(server, doc =>
        {
            var map = doc.GetMap(CharterDocument.ClausesKey);
            for (var level = 0; level < 20_000; level++)
            {
                map.Set("c-deep", new YMap());
                map = (YMap)map.Get("c-deep")!;
            }
        });

        Assert.Contains("'c-deep' is not a field of clauses/<id>", Verdict(server, update).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_KeysSetOnEightThousandNestedLevels_IsRefused()
    {
        var server = Server();

        var update = UpdateFrom(server, doc =>
        {
            var map = doc.GetMap(CharterDocument.ClausesKey);
            for (var level = 0; level < 8_000; level++)
            {
                map.Set("n", new YMap());
                map.Set($"k{level}", "v");
                map = (YMap)map.Get("n")!;
            }
        });

        Assert.NotNull(Verdict(server, update).Problem);
    }

    [Fact]
    public void Check_NestingUnderAnItemTheDocLacks_IsRefusedBeyondTheLayoutsDepth()
    {
        var server = Server();
        var peer = new Doc(7);
        Y.ApplyUpdate(peer, Y.EncodeStateAsUpdate(server));
        peer.GetMap(CharterDocument.ClausesKey).Set("c-hidden", new YMap());
        var afterHidden = Y.EncodeStateVector(peer);
        var map = Clause(peer, "c-hidden");
        for (var level = 0; level < 10; level++)
        {
            map.Set(CharterDocument.TranslationsKey, new YMap());
            map = (YMap)map.Get(CharterDocument.TranslationsKey)!;
        }

        // Only what came after the hidden clause: the server never saw the clause the nesting hangs from.
        var nested = Y.EncodeStateAsUpdate(peer, afterHidden);

        Assert.Contains("nested more than", Verdict(server, nested).Problem, StringComparison.Ordinal);
    }

    private static Doc Server()
    {
        var doc = new Doc(1);
        Y.ApplyUpdate(doc, Y.EncodeStateAsUpdate(CharterDocument.Create(SampleRights.Set)));
        return doc;
    }

    private static ShapeVerdict Verdict(Doc server, byte[] update) => CharterShapeCheck.Check(server, Updates.DecodeUpdate(update));

    private static void AssertAccepted(Doc server, Action<Doc> change)
    {
        var update = UpdateFrom(server, change);
        Assert.Null(Verdict(server, update).Problem);
        Y.ApplyUpdate(server, update);
    }

    /// <summary>The update a peer holding what <paramref name="server"/> holds sends after <paramref name="change"/>.</summary>
    private static byte[] UpdateFrom(Doc server, Action<Doc> change)
    {
        var peer = new Doc(2 + server.Store.Clients.Count);
        Y.ApplyUpdate(peer, Y.EncodeStateAsUpdate(server));
        var before = Y.EncodeStateVector(peer);
        peer.Transact(_ => change(peer));
        return Y.EncodeStateAsUpdate(peer, before);
    }

    private static YMap Clause(Doc doc, string id) => (YMap)doc.GetMap(CharterDocument.ClausesKey).Get(id)!;

    private static YText Body(Doc doc, string id) => (YText)Clause(doc, id).Get(CharterDocument.BodyKey)!;
}
