using Charter.Crdt;
using Charter.Crdt.Types;
using Charter.Domain.Documents;
using Charter.Domain.Drafts;
using Charter.Domain.Translations;

namespace Charter.Domain.Tests.Documents;

public sealed class CharterDocumentTests
{
    private static CharterDraft Source => SampleRights.Source;

    private static DraftSet Set => SampleRights.Set;

    [Fact]
    public void ReadSource_DocBuiltFromDrafts_EqualsSourceDraft()
    {
        var doc = CharterDocument.Create(Set);

        Assert.Equal(Source, CharterDocument.ReadSource(doc));
    }

    [Fact]
    public void ReadSource_RealDrafts_EqualsEverySourceDraft()
    {
        foreach (var set in DraftFolder.Load(RepositoryRoot.DraftsFolder))
        {
            Assert.Equal(set.Source, CharterDocument.ReadSource(CharterDocument.Create(set)));
        }
    }

    [Fact]
    public void ReadSource_DocSyncedToAnotherPeer_EqualsSourceDraft()
    {
        var peer = new Doc();
        Y.ApplyUpdate(peer, Y.EncodeStateAsUpdate(CharterDocument.Create(Set)));

        Assert.Equal(Source, CharterDocument.ReadSource(peer));
    }

    [Fact]
    public void Create_Drafts_StoresLayoutOfTheContract()
    {
        var doc = CharterDocument.Create(Set);

        Assert.Equal("en", doc.GetMap("meta").Get("language"));
        Assert.IsType<YText>(doc.GetMap("meta").Get("title"));
        Assert.Equal(["p-aaaa", "c-a1b2", "c-b2c3", "p-bbbb", "c-c3d4"], doc.GetArray("order").ToArray());
        var translation = (YMap)((YMap)((YMap)doc.GetMap("clauses").Get("c-a1b2")!).Get("translations")!).Get("es")!;
        Assert.Equal("Toda persona puede conectarse.", translation.Get("body")!.ToString());
        Assert.Equal(ClauseSourceHash.Compute("Right to connect", "Everyone may connect."), translation.Get("sourceHash"));
        Assert.Equal("Nosotras, las firmantes.", ((YMap)doc.GetMap("metaTranslations").Get("es")!).Get("preamble")!.ToString());
    }

    [Fact]
    public void ReadSource_IdRepeatedInOrder_FirstOccurrenceWins()
    {
        var doc = CharterDocument.Create(Set);
        var order = doc.GetArray("order");
        order.Push("c-a1b2");
        order.Insert(3, "c-c3d4");

        var parts = CharterDocument.ReadSource(doc).Parts;

        Assert.Equal(["c-a1b2", "c-b2c3", "c-c3d4"], parts[0].Clauses.Select(c => c.Id));
        Assert.Empty(parts[1].Clauses);
    }

    [Fact]
    public void ReadSource_ClauseMovedToAnotherPart_BelongsToNearestPartBefore()
    {
        var doc = CharterDocument.Create(Set);
        var order = doc.GetArray("order");
        doc.Transact(_ =>
        {
            order.Delete(1);
            order.Push("c-a1b2");
        });

        var parts = CharterDocument.ReadSource(doc).Parts;

        Assert.Equal(["c-b2c3"], parts[0].Clauses.Select(c => c.Id));
        Assert.Equal(["c-c3d4", "c-a1b2"], parts[1].Clauses.Select(c => c.Id));
    }

    [Fact]
    public void ReadSource_IdWithoutEntry_IsSkipped()
    {
        var doc = CharterDocument.Create(Set);
        doc.GetMap("clauses").Delete("c-b2c3");

        Assert.Equal(["c-a1b2", "c-c3d4"], CharterDocument.ReadSource(doc).Clauses.Select(c => c.Id));
    }

    [Fact]
    public void ReadSource_LiveEditToBody_IsRead()
    {
        var doc = CharterDocument.Create(Set);
        var body = (YText)((YMap)doc.GetMap("clauses").Get("c-c3d4")!).Get("body")!;
        body.Insert(body.Length, " Always.");

        Assert.Equal("Networks stay open. Always.", CharterDocument.ReadSource(doc).Clauses.Last().Body);
    }

    [Fact]
    public void Read_Translation_UsesTranslatedTextAndMarksFallbacks()
    {
        var read = CharterDocument.Read(CharterDocument.Create(Set), "es");

        Assert.Equal("es", read.Draft.Language);
        Assert.Equal("Derechos en Internet", read.Draft.Title);
        Assert.Equal("Nosotras, las firmantes.", read.Draft.Preamble);
        Assert.Equal(["Personas", "Networks"], read.Draft.Parts.Select(p => p.Title));
        Assert.Equal(
            ["Derecho a conectarse", "Right to speak", "Open networks"],
            read.Draft.Clauses.Select(c => c.Title));
        Assert.Equal(["c-b2c3", "c-c3d4"], read.FallbackClauseIds.Order(StringComparer.Ordinal));
        Assert.False(read.IsFallback("c-a1b2"));
        Assert.Equal("en", read.SourceLanguage);
        Assert.Equal(["en", "es"], read.Languages);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("en")]
    [InlineData("de")]
    public void Read_SourceOrUnknownLanguage_IsSourceWithoutFallbacks(string? language)
    {
        var read = CharterDocument.Read(CharterDocument.Create(Set), language);

        Assert.Equal(Source, read.Draft);
        Assert.Empty(read.FallbackClauseIds);
    }

    [Fact]
    public void Read_Translation_MarksUntranslatedPartTitlesAsFallbacks()
    {
        var read = CharterDocument.Read(CharterDocument.Create(Set), "es");

        Assert.False(read.IsFallback(read.Draft.Parts[0].Id));
        Assert.True(read.IsFallback(read.Draft.Parts[1].Id));
        Assert.False(read.TitleIsFallback);
        Assert.False(read.PreambleIsFallback);
    }

    [Fact]
    public void Read_TranslationStartedButEmpty_FallsBackToTheSourceAndSaysSo()
    {
        var doc = CharterDocument.Create(Set);
        CharterTranslations.Start(doc, CharterTranslations.MetaId, "fr");
        CharterTranslations.Start(doc, "c-a1b2", "fr");
        var partId = Source.Parts[0].Id;
        CharterTranslations.Start(doc, partId, "fr");
        var frenchPartTitle = (YText)((YMap)((YMap)((YMap)doc.GetMap("parts").Get(partId)!).Get("translations")!).Get("fr")!).Get("title")!;
        frenchPartTitle.Insert(0, "Les personnes");

        var read = CharterDocument.Read(doc, "fr");

        Assert.Equal("fr", read.Draft.Language);
        Assert.Contains("fr", read.Languages);
        Assert.Equal(Source.Title, read.Draft.Title);
        Assert.True(read.TitleIsFallback);
        Assert.True(read.PreambleIsFallback);
        Assert.Equal("Les personnes", read.Draft.Parts[0].Title);
        Assert.False(read.IsFallback(partId));
        Assert.Equal(Source.Clauses.Select(c => c.Title), read.Draft.Clauses.Select(c => c.Title));
        Assert.True(read.IsFallback("c-a1b2"));
    }

    [Fact]
    public void Read_RealDraftTranslations_EqualTheirDraftsWhereComplete()
    {
        foreach (var set in DraftFolder.Load(RepositoryRoot.DraftsFolder))
        {
            var doc = CharterDocument.Create(set);
            foreach (var (language, translation) in set.Translations)
            {
                var read = CharterDocument.Read(doc, language);
                var translatedIds = translation.Clauses.Select(c => c.Id).ToHashSet();
                Assert.Equal(translation.Title, read.Draft.Title);
                Assert.Equal(
                    translation.Clauses,
                    read.Draft.Clauses.Where(c => translatedIds.Contains(c.Id)));
                Assert.All(read.Draft.Clauses.Where(c => !translatedIds.Contains(c.Id)), c => Assert.True(read.IsFallback(c.Id)));
            }
        }
    }
}
