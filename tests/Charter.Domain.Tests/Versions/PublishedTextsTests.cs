using Charter.Crdt.Types;
using Charter.Domain.Documents;
using Charter.Domain.Drafts;
using Charter.Domain.Versions;

namespace Charter.Domain.Tests.Versions;

/// <summary>
/// A published translation lists everything it translated that is not confirmed against the
/// source as it is now: the title and preamble, part titles and clauses alike.
/// </summary>
public sealed class PublishedTextsTests
{
    [Fact]
    public void Read_ImportedDrafts_NoTranslationIsStale()
    {
        var texts = PublishedTexts.Read(CharterDocument.Create(DraftFolder.Load(RepositoryRoot.DraftsFolder).Single()));

        Assert.All(texts.Translations, t => Assert.Empty(t.StaleEntryIds));
    }

    [Fact]
    public void Read_SourcePartTitleAndPreambleEditedAfterConfirming_ListsThemStaleInTheDownload()
    {
        var set = DraftFolder.Load(RepositoryRoot.DraftsFolder).Single();
        var doc = CharterDocument.Create(set);
        var part = set.Source.Parts[1];
        var clause = set.Source.Clauses.Last();
        doc.Transact(_ =>
        {
            Text(doc.GetMap(CharterDocument.PartsKey), part.Id, CharterDocument.TitleKey).Insert(0, "Our ");
            Text(doc.GetMap(CharterDocument.ClausesKey), clause.Id, CharterDocument.BodyKey).Insert(0, "Always. ");
            ((YText)doc.GetMap(CharterDocument.MetaKey).Get(CharterDocument.PreambleKey)!).Insert(0, "Together. ");
        });

        var spanish = PublishedTexts.Read(doc).Translations.Single(t => t.Language == "es");

        Assert.Equal(["meta", part.Id, clause.Id], spanish.StaleEntryIds);
        Assert.Contains($"stale: meta {part.Id} {clause.Id}\n", spanish.Markdown, StringComparison.Ordinal);
    }

    private static YText Text(YMap entries, string id, string key) => (YText)((YMap)entries.Get(id)!).Get(key)!;
}
