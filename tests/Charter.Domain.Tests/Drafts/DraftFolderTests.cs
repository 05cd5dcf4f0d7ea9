using Charter.Domain.Drafts;

namespace Charter.Domain.Tests.Drafts;

public sealed class DraftFolderTests : IDisposable
{
    private const string Source = """
        ---
        language: en
        ---

        # Rights

        # People {#p-ab12}

        ## Connect {#c-ab12}

        Everyone may connect.

        ## Speak {#c-cd34}

        Everyone may speak.

        # Builders {#p-cd34}

        ## Build {#c-ef56}

        Anyone may build.
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("charter-drafts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_RealDrafts_FindsBillOfRightsInFourLanguagesWithSameIds()
    {
        var sets = DraftFolder.Load(RepositoryRoot.DraftsFolder);

        var set = Assert.Single(sets);
        Assert.Equal("bill-of-rights", set.Name);
        Assert.Equal("en", set.Source.Language);
        Assert.Equal(["es", "fr", "pt"], set.Translations.Keys);
        Assert.NotEmpty(set.Source.Clauses);
        foreach (var (language, translation) in set.Translations)
        {
            Assert.Equal(language, translation.Language);
            Assert.Equal(set.Source.Parts.Select(p => p.Id), translation.Parts.Select(p => p.Id));
            Assert.Equal(set.Source.Clauses.Select(c => c.Id), translation.Clauses.Select(c => c.Id));
            Assert.NotEqual(set.Source.Title, translation.Title);
        }
    }

    [Fact]
    public void Load_TranslationOmittingClausesAndParts_IsAccepted()
    {
        Write("rights.md", Source);
        Write("rights.es.md", Translation("es", "# Gente {#p-ab12}\n\n## Hablar {#c-cd34}\n\nTodos pueden hablar.\n"));

        var set = Assert.Single(DraftFolder.Load(_folder));

        var spanish = Assert.Single(set.Translations).Value;
        Assert.Equal(["c-cd34"], spanish.Clauses.Select(c => c.Id));
    }

    [Fact]
    public void Load_SeveralCharters_AreOrderedByNameWithTranslationsByLanguage()
    {
        Write("zeta.md", Source);
        Write("alpha.md", Source);
        Write("alpha.pt.md", Translation("pt", ""));
        Write("alpha.es.md", Translation("es", ""));
        Write("README.md", "Not a draft.");

        var sets = DraftFolder.Load(_folder);

        Assert.Equal(["alpha", "zeta"], sets.Select(s => s.Name));
        Assert.Equal(["es", "pt"], sets[0].Translations.Keys);
        Assert.Empty(sets[1].Translations);
    }

    [Fact]
    public void Load_TranslationWithUnknownClauseId_NamesFileLineAndId()
    {
        Write("rights.md", Source);
        Write("rights.es.md", Translation("es", "# Gente {#p-ab12}\n\n## Conectar {#c-ab12}\n\nTexto.\n\n## Inventado {#c-zz99}\n\nTexto.\n"));

        var error = Assert.Throws<DraftFormatException>(() => DraftFolder.Load(_folder));

        Assert.Equal("rights.es.md", error.FileName);
        Assert.Equal(13, error.Line);
        Assert.Equal("rights.es.md:13: the id 'c-zz99' does not exist in the source text", error.Message);
    }

    [Fact]
    public void Load_TranslationWithUnknownPartId_NamesFileLineAndId()
    {
        Write("rights.md", Source);
        Write("rights.fr.md", Translation("fr", "# Gens {#p-zz99}\n\n## Parler {#c-cd34}\n\nTexte.\n"));

        var error = Assert.Throws<DraftFormatException>(() => DraftFolder.Load(_folder));

        Assert.Equal("rights.fr.md:7: the id 'p-zz99' does not exist in the source text", error.Message);
    }

    [Fact]
    public void Load_TranslationLanguageDiffersFromSuffix_FailsOnLanguageLine()
    {
        Write("rights.md", Source);
        Write("rights.es.md", Translation("pt", ""));

        var error = Assert.Throws<DraftFormatException>(() => DraftFolder.Load(_folder));

        Assert.Equal("rights.es.md:2: the front matter says 'language: pt' but the file name says 'es'", error.Message);
    }

    [Fact]
    public void Load_TranslationIntoSourceLanguage_Fails()
    {
        Write("rights.md", Source);
        Write("rights.en.md", Translation("en", ""));

        var error = Assert.Throws<DraftFormatException>(() => DraftFolder.Load(_folder));

        Assert.Equal("rights.en.md:2: a translation into 'en', the source's own language", error.Message);
    }

    [Fact]
    public void Load_ClauseMovedToAnotherPart_Fails()
    {
        Write("rights.md", Source);
        Write("rights.es.md", Translation("es", "# Constructores {#p-cd34}\n\n## Hablar {#c-cd34}\n\nTexto.\n"));

        var error = Assert.Throws<DraftFormatException>(() => DraftFolder.Load(_folder));

        Assert.Equal("rights.es.md:9: clause c-cd34 is in part p-cd34 here but in part p-ab12 in the source", error.Message);
    }

    [Fact]
    public void Load_ClausesInAnotherOrder_Fails()
    {
        Write("rights.md", Source);
        Write("rights.es.md", Translation("es", "# Gente {#p-ab12}\n\n## Hablar {#c-cd34}\n\nTexto.\n\n## Conectar {#c-ab12}\n\nTexto.\n"));

        var error = Assert.Throws<DraftFormatException>(() => DraftFolder.Load(_folder));

        Assert.Equal("rights.es.md:13: 'c-ab12' comes after 'c-cd34' here but before it in the source; a translation keeps the source's order", error.Message);
    }

    [Fact]
    public void Load_TranslationWithoutSource_Fails()
    {
        Write("rights.es.md", Translation("es", ""));

        var error = Assert.Throws<DraftFormatException>(() => DraftFolder.Load(_folder));

        Assert.Equal("rights.es.md:1: a translation without a source: 'rights.md' does not exist", error.Message);
    }

    [Theory]
    [InlineData("Rights.md")]
    [InlineData("rights.Spanish.md")]
    [InlineData("my_rights.md")]
    public void Load_MisnamedFile_Fails(string fileName)
    {
        Write(fileName, Source);

        var error = Assert.Throws<DraftFormatException>(() => DraftFolder.Load(_folder));

        Assert.Equal(fileName, error.FileName);
        Assert.Contains("neither '<name>.md' nor '<name>.<language>.md'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedDraft_ReportsItsFile()
    {
        Write("rights.md", Source.Replace("{#c-cd34}", "", StringComparison.Ordinal));

        var error = Assert.Throws<DraftFormatException>(() => DraftFolder.Load(_folder));

        Assert.Equal("rights.md:13: the clause heading 'Speak' has no id; write it as '## Speak {#c-xxxx}'", error.Message);
    }

    [Fact]
    public void Load_MissingFolder_ThrowsDirectoryNotFound()
    {
        Assert.Throws<DirectoryNotFoundException>(() => DraftFolder.Load(Path.Combine(_folder, "absent")));
    }

    private static string Translation(string language, string parts) =>
        $"---\nlanguage: {language}\n---\n\n# Derechos\n\n{parts}";

    private void Write(string fileName, string markdown) => File.WriteAllText(Path.Combine(_folder, fileName), markdown);
}
