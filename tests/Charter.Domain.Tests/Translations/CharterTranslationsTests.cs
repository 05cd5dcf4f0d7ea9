using Charter.Crdt;
using Charter.Crdt.Types;
using Charter.Domain.Documents;
using Charter.Domain.Drafts;
using Charter.Domain.Translations;

namespace Charter.Domain.Tests.Translations;

public sealed class CharterTranslationsTests
{
    private static readonly CharterDraft Source = new(
        "en",
        "Internet Rights",
        "We agree.",
        [
            new Part("p-aaaa", "People", [
                new Clause("c-a1b2", "Right to connect", "Everyone may connect."),
                new Clause("c-b2c3", "Right to speak", "Everyone may speak."),
            ]),
        ]);

    private static readonly CharterDraft Spanish = new(
        "es",
        "Derechos en Internet",
        "Acordamos.",
        [new Part("p-aaaa", "Personas", [new Clause("c-a1b2", "Derecho a conectarse", "Toda persona puede conectarse.")])]);

    [Fact]
    public void StatesFor_ImportedTranslation_IsCurrentAndAMissingOneIsMissing()
    {
        var doc = NewDoc();

        var states = CharterTranslations.StatesFor(doc, "es");

        Assert.Equal(TranslationState.Current, states["c-a1b2"]);
        Assert.Equal(TranslationState.Missing, states["c-b2c3"]);
        Assert.Equal(TranslationState.Missing, CharterTranslations.StateOf(doc, "c-a1b2", "fr"));
    }

    [Fact]
    public void StateOf_SourceBodyEditedAfterConfirmation_IsStale()
    {
        var doc = NewDoc();

        SourceText(doc, "c-a1b2", CharterDocument.BodyKey).Insert(0, "Really: ");

        Assert.Equal(TranslationState.Stale, CharterTranslations.StateOf(doc, "c-a1b2", "es"));
    }

    [Fact]
    public void StateOf_SourceTitleEditedAfterConfirmation_IsStale()
    {
        var doc = NewDoc();

        SourceText(doc, "c-a1b2", CharterDocument.TitleKey).Insert(0, "The ");

        Assert.Equal(TranslationState.Stale, CharterTranslations.StateOf(doc, "c-a1b2", "es"));
    }

    [Fact]
    public void StateOf_SourceEditedAndEditedBack_IsCurrentAgain()
    {
        var doc = NewDoc();
        var body = SourceText(doc, "c-a1b2", CharterDocument.BodyKey);

        body.Insert(0, "X");
        body.Delete(0, 1);

        Assert.Equal(TranslationState.Current, CharterTranslations.StateOf(doc, "c-a1b2", "es"));
    }

    [Fact]
    public void StateOf_OnlyTheTranslationEdited_StaysCurrent()
    {
        var doc = NewDoc();

        TranslationText(doc, "c-a1b2", "es", CharterDocument.BodyKey).Insert(0, "Sí: ");

        Assert.Equal(TranslationState.Current, CharterTranslations.StateOf(doc, "c-a1b2", "es"));
    }

    [Fact]
    public void Confirm_StaleTranslation_StampsTheCurrentSourceHashAndIsCurrent()
    {
        var doc = NewDoc();
        var body = SourceText(doc, "c-a1b2", CharterDocument.BodyKey);
        body.Insert(body.Length, " Always.");

        var hash = CharterTranslations.Confirm(doc, "c-a1b2", "es");

        Assert.Equal(ClauseSourceHash.Compute("Right to connect", "Everyone may connect. Always."), hash);
        Assert.Equal(hash, TranslationMap(doc, "c-a1b2", "es").Get(CharterDocument.SourceHashKey));
        Assert.Equal(TranslationState.Current, CharterTranslations.StateOf(doc, "c-a1b2", "es"));
    }

    [Fact]
    public void Confirm_WithOrigin_ProducesOneUpdateThatAnotherPeerApplies()
    {
        var doc = NewDoc();
        var peer = new Doc();
        Y.ApplyUpdate(peer, Y.EncodeStateAsUpdate(doc));
        SourceText(doc, "c-a1b2", CharterDocument.BodyKey).Insert(0, "Now: ");
        Y.ApplyUpdate(peer, Y.EncodeStateAsUpdate(doc, Y.EncodeStateVector(peer)));
        Assert.Equal(TranslationState.Stale, CharterTranslations.StateOf(peer, "c-a1b2", "es"));
        var updates = new List<(byte[] Update, object? Origin)>();
        doc.Update += (update, origin, _) => updates.Add((update, origin));
        var session = new object();

        CharterTranslations.Confirm(doc, "c-a1b2", "es", session);

        var (update, origin) = Assert.Single(updates);
        Assert.Same(session, origin);
        Y.ApplyUpdate(peer, update);
        Assert.Equal(TranslationState.Current, CharterTranslations.StateOf(peer, "c-a1b2", "es"));
    }

    [Fact]
    public void Confirm_AlreadyCurrent_ChangesNothing()
    {
        var doc = NewDoc();
        var updates = 0;
        doc.Update += (_, _, _) => updates++;

        CharterTranslations.Confirm(doc, "c-a1b2", "es");

        Assert.Equal(0, updates);
    }

    [Fact]
    public void Confirm_NoTranslationYet_ThrowsAndLeavesTheDocUnchanged()
    {
        var doc = NewDoc();
        var before = Y.EncodeStateVector(doc);

        var error = Assert.Throws<TranslationException>(() => CharterTranslations.Confirm(doc, "c-b2c3", "es"));

        Assert.Equal("Clause 'c-b2c3' (es): there is no translation to confirm yet.", error.Message);
        Assert.Equal(("c-b2c3", "es"), (error.EntryId, error.Language));
        Assert.Equal(before, Y.EncodeStateVector(doc));
    }

    [Theory]
    [InlineData("c-zzzz", "es", "the charter has no such clause.")]
    [InlineData("c-a1b2", "en", "this is the charter's source language, not a translation.")]
    [InlineData("c-a1b2", "ES", "not a language tag (expected e.g. 'es' or 'pt-BR').")]
    [InlineData("c-a1b2", "", "not a language tag (expected e.g. 'es' or 'pt-BR').")]
    public void Confirm_BadClauseOrLanguage_SaysWhatIsWrong(string clauseId, string language, string problem)
    {
        var doc = NewDoc();
        var before = Y.EncodeStateVector(doc);

        var error = Assert.Throws<TranslationException>(() => CharterTranslations.Confirm(doc, clauseId, language));

        Assert.Equal(problem, error.Problem);
        Assert.Equal(before, Y.EncodeStateVector(doc));
    }

    [Fact]
    public void Start_MissingTranslation_AddsAnEmptyUnconfirmedOne()
    {
        var doc = NewDoc();

        var started = CharterTranslations.Start(doc, "c-b2c3", "pt");

        Assert.True(started);
        Assert.Equal(TranslationState.Unconfirmed, CharterTranslations.StateOf(doc, "c-b2c3", "pt"));
        Assert.Equal("", TranslationText(doc, "c-b2c3", "pt", CharterDocument.TitleKey).ToString());
        Assert.Equal("", TranslationText(doc, "c-b2c3", "pt", CharterDocument.BodyKey).ToString());
    }

    [Fact]
    public void Start_ExistingTranslation_KeepsItsText()
    {
        var doc = NewDoc();

        var started = CharterTranslations.Start(doc, "c-a1b2", "es");

        Assert.False(started);
        Assert.Equal("Derecho a conectarse", TranslationText(doc, "c-a1b2", "es", CharterDocument.TitleKey).ToString());
        Assert.Equal(TranslationState.Current, CharterTranslations.StateOf(doc, "c-a1b2", "es"));
    }

    [Fact]
    public void Confirm_StartedTranslation_BecomesCurrent()
    {
        var doc = NewDoc();
        CharterTranslations.Start(doc, "c-b2c3", "fr");
        TranslationText(doc, "c-b2c3", "fr", CharterDocument.TitleKey).Insert(0, "Droit de parole");

        CharterTranslations.Confirm(doc, "c-b2c3", "fr");

        Assert.Equal(TranslationState.Current, CharterTranslations.StateOf(doc, "c-b2c3", "fr"));
    }

    [Fact]
    public void PartStatesFor_ImportedPartTitle_IsCurrentUntilTheSourceTitleChanges()
    {
        var doc = NewDoc();
        Assert.Equal(TranslationState.Current, CharterTranslations.PartStatesFor(doc, "es")["p-aaaa"]);

        ((YText)((YMap)doc.GetMap(CharterDocument.PartsKey).Get("p-aaaa")!).Get(CharterDocument.TitleKey)!).Insert(0, "All ");

        Assert.Equal(TranslationState.Stale, CharterTranslations.StateOf(doc, "p-aaaa", "es"));
        Assert.Equal(TranslationState.Missing, CharterTranslations.StateOf(doc, "p-aaaa", "fr"));
    }

    [Fact]
    public void StartThenConfirm_PartTitle_AddsATitleAndStampsTheHashOfTheSourceTitle()
    {
        var doc = NewDoc();

        Assert.True(CharterTranslations.Start(doc, "p-aaaa", "pt"));
        Assert.Equal(TranslationState.Unconfirmed, CharterTranslations.StateOf(doc, "p-aaaa", "pt"));
        var hash = CharterTranslations.Confirm(doc, "p-aaaa", "pt");

        Assert.Equal(ClauseSourceHash.Compute("People", ""), hash);
        Assert.Equal(TranslationState.Current, CharterTranslations.StateOf(doc, "p-aaaa", "pt"));
        var translation = (YMap)((YMap)((YMap)doc.GetMap(CharterDocument.PartsKey).Get("p-aaaa")!).Get(CharterDocument.TranslationsKey)!).Get("pt")!;
        Assert.Equal([CharterDocument.SourceHashKey, CharterDocument.TitleKey], translation.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void StateOf_Meta_GoesStaleWhenThePreambleChangesAndConfirmMakesItCurrent()
    {
        var doc = NewDoc();
        Assert.Equal(TranslationState.Current, CharterTranslations.StateOf(doc, CharterTranslations.MetaId, "es"));

        ((YText)doc.GetMap(CharterDocument.MetaKey).Get(CharterDocument.PreambleKey)!).Insert(0, "Together, ");
        Assert.Equal(TranslationState.Stale, CharterTranslations.StateOf(doc, CharterTranslations.MetaId, "es"));

        var hash = CharterTranslations.Confirm(doc, CharterTranslations.MetaId, "es");
        Assert.Equal(ClauseSourceHash.Compute("Internet Rights", "Together, We agree."), hash);
        Assert.Equal(TranslationState.Current, CharterTranslations.StateOf(doc, CharterTranslations.MetaId, "es"));
    }

    [Fact]
    public void Start_Meta_AddsEmptyTitleAndPreambleUnderMetaTranslations()
    {
        var doc = NewDoc();

        Assert.True(CharterTranslations.Start(doc, CharterTranslations.MetaId, "fr"));

        var french = (YMap)doc.GetMap(CharterDocument.MetaTranslationsKey).Get("fr")!;
        Assert.Equal("", french.Get(CharterDocument.TitleKey)!.ToString());
        Assert.Equal("", french.Get(CharterDocument.PreambleKey)!.ToString());
        Assert.False(CharterTranslations.Start(doc, CharterTranslations.MetaId, "es"));
    }

    [Fact]
    public void Confirm_UnknownPart_SaysSoAndLeavesTheDocUnchanged()
    {
        var doc = NewDoc();
        var before = Y.EncodeStateVector(doc);

        var error = Assert.Throws<TranslationException>(() => CharterTranslations.Confirm(doc, "p-zzzz", "es"));

        Assert.Equal("Part 'p-zzzz' (es): the charter has no such part.", error.Message);
        Assert.Equal(before, Y.EncodeStateVector(doc));
    }

    private static Doc NewDoc() =>
        CharterDocument.Create(new DraftSet("rights", Source, new Dictionary<string, CharterDraft> { ["es"] = Spanish }));

    private static YText SourceText(Doc doc, string clauseId, string key) =>
        (YText)((YMap)doc.GetMap(CharterDocument.ClausesKey).Get(clauseId)!).Get(key)!;

    private static YMap TranslationMap(Doc doc, string clauseId, string language) =>
        (YMap)((YMap)((YMap)doc.GetMap(CharterDocument.ClausesKey).Get(clauseId)!).Get(CharterDocument.TranslationsKey)!).Get(language)!;

    private static YText TranslationText(Doc doc, string clauseId, string language, string key) =>
        (YText)TranslationMap(doc, clauseId, language).Get(key)!;
}
