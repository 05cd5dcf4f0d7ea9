using Charter.Domain.Drafts;
using Charter.Domain.Versions;
using static Charter.Domain.Tests.Versions.VersionSamples;

namespace Charter.Domain.Tests.Versions;

public sealed class VersionMarkdownTests
{
    [Fact]
    public void Write_TwoParts_NumbersClausesContinuouslyWithTheirIds()
    {
        var draft = Sample(
            ("p-one1", "People", [Clause("c-aaaa", "Right to connect"), Clause("c-bbbb", "Right to speak")]),
            ("p-two2", "Providers", [Clause("c-cccc", "Common carriage")]));

        var markdown = VersionMarkdown.Write(draft);

        Assert.Equal("""
            ---
            language: en
            ---

            # Internet Rights

            We agree.

            # People {#p-one1}

            ## Article 1. Right to connect {#c-aaaa}

            Text.

            ## Article 2. Right to speak {#c-bbbb}

            Text.

            # Providers {#p-two2}

            ## Article 3. Common carriage {#c-cccc}

            Text.

            """.ReplaceLineEndings("\n"), markdown);
    }

    [Theory]
    [InlineData("en", "Article")]
    [InlineData("es", "Artículo")]
    [InlineData("pt", "Artigo")]
    [InlineData("pt-BR", "Artigo")]
    [InlineData("fr", "Article")]
    [InlineData("de", "Article")]
    public void Write_Language_UsesThatLanguagesLabel(string language, string label)
    {
        var draft = FiveClauses() with { Language = language };

        var markdown = VersionMarkdown.Write(draft);

        Assert.Contains($"## {label} 3. Privacy {{#c-cccc}}", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteTranslation_ClausesLeftOut_KeepsTheSourcesNumbersAndMarksStaleClauses()
    {
        var source = FiveClauses();
        var spanish = new CharterDraft("es", "Derechos", "", [new Part("p-one1", "Personas", [
            new Clause("c-bbbb", "Hablar", "Todos pueden hablar."),
            new Clause("c-dddd", "Reunión", "Reunirse en línea."),
        ])]);

        var markdown = VersionMarkdown.WriteTranslation(spanish, source, ["c-dddd", "c-bbbb"]);

        Assert.StartsWith("---\nlanguage: es\nstale: c-bbbb c-dddd\n---\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## Artículo 2. Hablar {#c-bbbb}", markdown, StringComparison.Ordinal);
        Assert.Contains("## Artículo 4. Reunión {#c-dddd}", markdown, StringComparison.Ordinal);
        Assert.Equal(spanish, VersionMarkdown.Import(markdown, "v1/rights.es.md"));
    }

    [Fact]
    public void WriteTranslation_ClauseNotInSource_Throws()
    {
        var translation = new CharterDraft("es", "Derechos", "", [new Part("p-one1", "Personas", [new Clause("c-zzzz", "Nada", "")])]);

        var error = Assert.Throws<ArgumentException>(() => VersionMarkdown.WriteTranslation(translation, FiveClauses(), []));

        Assert.Contains("c-zzzz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WrittenVersion_GivesBackTheSameClausesAndIds()
    {
        var draft = Sample(("p-one1", "People", [
            Clause("c-aaaa", "Article 9. A title that looks numbered", "Body with *emphasis*."),
            Clause("c-bbbb", "Rights & {duties} #1", ""),
        ]));

        var readBack = VersionMarkdown.Import(VersionMarkdown.Write(draft), "v1.md");

        Assert.Equal(draft, readBack);
    }

    [Fact]
    public void Import_RealDrafts_RoundTripsSourceAndEveryTranslation()
    {
        foreach (var set in DraftFolder.Load(RepositoryRoot.DraftsFolder))
        {
            Assert.Equal(set.Source, VersionMarkdown.Import(VersionMarkdown.Write(set.Source), "source"));
            foreach (var translation in set.Translations.Values)
            {
                var markdown = VersionMarkdown.WriteTranslation(translation, set.Source, []);
                Assert.Equal(translation, VersionMarkdown.Import(markdown, translation.Language));
            }
        }
    }

    [Fact]
    public void Import_HeadingWithoutNumber_ThrowsNamingTheLineAndClause()
    {
        var markdown = VersionMarkdown.Write(FiveClauses()).Replace("## Article 2. Speak", "## Speak", StringComparison.Ordinal);

        var error = Assert.Throws<DraftFormatException>(() => VersionMarkdown.Import(markdown, "v1.md"));

        Assert.Equal(15, error.Line);
        Assert.Contains("c-bbbb", error.Problem, StringComparison.Ordinal);
        Assert.Contains("'Article N. '", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NumbersOutOfOrder_Throws()
    {
        var markdown = VersionMarkdown.Write(FiveClauses()).Replace("## Article 3. Privacy", "## Article 1. Privacy", StringComparison.Ordinal);

        var error = Assert.Throws<DraftFormatException>(() => VersionMarkdown.Import(markdown, "v1.md"));

        Assert.Contains("numbered 1 after 2", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_LabelOfAnotherLanguage_Throws()
    {
        var markdown = VersionMarkdown.Write(FiveClauses()).Replace("language: en", "language: es", StringComparison.Ordinal);

        var error = Assert.Throws<DraftFormatException>(() => VersionMarkdown.Import(markdown, "v1.es.md"));

        Assert.Contains("'Artículo N. '", error.Problem, StringComparison.Ordinal);
    }
}
