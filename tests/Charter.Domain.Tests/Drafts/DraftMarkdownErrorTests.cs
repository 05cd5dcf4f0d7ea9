using Charter.Domain.Drafts;

namespace Charter.Domain.Tests.Drafts;

public sealed class DraftMarkdownErrorTests
{
    private const string FileName = "broken.md";

    /// <summary>Front matter on lines 1–3, the title on line 5, <paramref name="rest"/> from line 7.</summary>
    private static string AfterTitle(string rest) => "---\nlanguage: en\n---\n\n# Title\n\n" + rest;

    [Theory]
    [InlineData("")]
    [InlineData("\n  \n\t\n")]
    public void Import_EmptyFile_FailsOnLineOne(string markdown)
    {
        AssertFails(markdown, 1, "the file is empty");
    }

    [Fact]
    public void Import_NoFrontMatter_FailsOnFirstBlock()
    {
        AssertFails("\n# Title\n", 2, "missing front matter");
    }

    [Fact]
    public void Import_UnclosedFrontMatter_IsMissingFrontMatter()
    {
        AssertFails("---\nlanguage: en\n\n# Title\n", 1, "missing front matter");
    }

    [Fact]
    public void Import_HeadingWithKeyValueAttribute_Fails()
    {
        AssertFails(AfterTitle("# People {#p-ab12}\n\n## Connect {#c-ab12 onclick=x}\n"), 9, "heading attributes other than the id");
    }

    [Fact]
    public void Import_FrontMatterWithoutLanguage_FailsOnOpeningLine()
    {
        AssertFails("---\ntitle: x\n---\n# Title\n", 1, "the front matter has no 'language'");
    }

    [Fact]
    public void Import_LanguageNotATag_FailsOnLanguageLine()
    {
        AssertFails("---\ntitle: x\nlanguage: English\n---\n# Title\n", 3, "'English' is not a language tag");
    }

    [Fact]
    public void Import_FrontMatterLineWithoutColon_FailsOnThatLine()
    {
        AssertFails("---\nlanguage en\n---\n# Title\n", 2, "front matter line 'language en' is not of the form 'key: value'");
    }

    [Fact]
    public void Import_NestedFrontMatter_FailsOnIndentedLine()
    {
        AssertFails("---\nlanguage: en\nauthors:\n  name: Ana\n---\n# Title\n", 4, "front matter line 'name: Ana' is indented");
    }

    [Fact]
    public void Import_RepeatedFrontMatterKey_NamesBothLines()
    {
        AssertFails("---\nlanguage: en\nlanguage: es\n---\n# Title\n", 3, "front matter key 'language' is repeated (first on line 2)");
    }

    [Fact]
    public void Import_OnlyFrontMatter_FailsAfterIt()
    {
        AssertFails("---\nlanguage: en\n---\n", 4, "missing the '# Title' heading");
    }

    [Fact]
    public void Import_ParagraphBeforeTitle_FailsOnParagraph()
    {
        AssertFails("---\nlanguage: en\n---\n\nHello.\n\n# Title\n", 5, "expected the '# Title' heading, found a paragraph");
    }

    [Fact]
    public void Import_TitleWithId_Fails()
    {
        AssertFails("---\nlanguage: en\n---\n# Title {#p-ab12}\n", 4, "the title heading must not carry an id ('p-ab12')");
    }

    [Fact]
    public void Import_PartHeadingWithoutId_Fails()
    {
        AssertFails(AfterTitle("# People\n\n## Connect {#c-ab12}\n"), 7, "the part heading 'People' has no id; write it as '# People {#p-xxxx}'");
    }

    [Fact]
    public void Import_ClauseHeadingWithoutId_Fails()
    {
        AssertFails(AfterTitle("# People {#p-ab12}\n\n## Connect\n"), 9, "the clause heading 'Connect' has no id; write it as '## Connect {#c-xxxx}'");
    }

    [Theory]
    [InlineData("# People {#p-AB12}\n", 7, "the part id 'p-AB12' is malformed")]
    [InlineData("# People {#p-ab1}\n", 7, "the part id 'p-ab1' is malformed")]
    [InlineData("# People {#part-1}\n", 7, "the part id 'part-1' is malformed")]
    [InlineData("# People {#c-ab12}\n", 7, "the part id 'c-ab12' is malformed; expected 'p-' followed by 4 lowercase letters or digits")]
    [InlineData("# People {#p-ab12}\n\n## Connect {#p-cd34}\n", 9, "the clause id 'p-cd34' is malformed; expected 'c-' followed by 4 lowercase letters or digits")]
    [InlineData("# People {#p-ab12}\n\n## Connect {#c-ab12x}\n", 9, "the clause id 'c-ab12x' is malformed")]
    [InlineData("# People {#p-ab12}\n\n## Connect {#c-áb12}\n", 9, "the clause id 'c-áb12' is malformed")]
    public void Import_MalformedId_Fails(string rest, int line, string problem)
    {
        AssertFails(AfterTitle(rest), line, problem);
    }

    [Fact]
    public void Import_DuplicateClauseId_NamesBothLines()
    {
        AssertFails(AfterTitle("# People {#p-ab12}\n\n## Connect {#c-ab12}\n\nText.\n\n## Speak {#c-ab12}\n"), 13, "duplicate id 'c-ab12' on lines 9 and 13");
    }

    [Fact]
    public void Import_DuplicatePartId_NamesBothLines()
    {
        AssertFails(AfterTitle("# People {#p-ab12}\n\n## Connect {#c-ab12}\n\n# Builders {#p-ab12}\n\n## Build {#c-cd34}\n"), 11, "duplicate id 'p-ab12' on lines 7 and 11");
    }

    [Fact]
    public void Import_ClauseWithoutTitle_Fails()
    {
        AssertFails(AfterTitle("# People {#p-ab12}\n\n## {#c-ab12}\n\nText.\n"), 9, "the clause c-ab12 has no title");
    }

    [Fact]
    public void Import_EmptyClauseHeading_Fails()
    {
        AssertFails(AfterTitle("# People {#p-ab12}\n\n##\n\nText.\n"), 9, "empty clause heading");
    }

    [Fact]
    public void Import_ClauseOutsideAnyPart_Fails()
    {
        AssertFails(AfterTitle("Preamble.\n\n## Connect {#c-ab12}\n"), 9, "the clause 'Connect' comes before any part");
    }

    [Fact]
    public void Import_SubHeadingInPreamble_Fails()
    {
        AssertFails(AfterTitle("Preamble.\n\n### Aside\n"), 9, "a level-3 heading in the preamble");
    }

    [Fact]
    public void Import_ParagraphBetweenPartAndFirstClause_Fails()
    {
        AssertFails(AfterTitle("# People {#p-ab12}\n\nIntro.\n\n## Connect {#c-ab12}\n"), 9, "found a paragraph between part p-ab12 and its first clause");
    }

    [Fact]
    public void Import_SubHeadingBetweenPartAndFirstClause_Fails()
    {
        AssertFails(AfterTitle("# People {#p-ab12}\n\n### Intro\n\n## Connect {#c-ab12}\n"), 9, "found a level-3 heading between part p-ab12");
    }

    [Fact]
    public void Import_EmptyPartBeforeAnother_Fails()
    {
        AssertFails(AfterTitle("# People {#p-ab12}\n\n# Builders {#p-cd34}\n\n## Build {#c-cd34}\n"), 7, "part p-ab12 has no clauses");
    }

    [Fact]
    public void Import_EmptyPartAtEnd_Fails()
    {
        AssertFails(AfterTitle("# People {#p-ab12}\n\n## Connect {#c-ab12}\n\n# Builders {#p-cd34}\n"), 11, "part p-cd34 has no clauses");
    }

    [Fact]
    public void Import_SubHeadingWithClauseIdInBody_Fails()
    {
        AssertFails(AfterTitle("# People {#p-ab12}\n\n## Connect {#c-ab12}\n\n### Speak {#c-cd34}\n"), 11, "a level-3 heading carries the id 'c-cd34'");
    }

    [Fact]
    public void Import_HeadingWithClass_Fails()
    {
        AssertFails(AfterTitle("# People {#p-ab12 .wide}\n\n## Connect {#c-ab12}\n"), 7, "heading attributes other than the id");
    }

    [Fact]
    public void Import_SetextUnderlineInBody_IsReadAsClauseHeadingWithoutId()
    {
        AssertFails(AfterTitle("# People {#p-ab12}\n\n## Connect {#c-ab12}\n\nText\n---\n"), 11, "the clause heading 'Text' has no id");
    }

    [Fact]
    public void Import_CrLfLineEndings_ReportSameLine()
    {
        var markdown = AfterTitle("# People {#p-ab12}\n\n## Connect\n").Replace("\n", "\r\n", StringComparison.Ordinal);

        AssertFails(markdown, 9, "the clause heading 'Connect' has no id");
    }

    private static void AssertFails(string markdown, int line, string problem)
    {
        var error = Assert.Throws<DraftFormatException>(() => DraftMarkdown.Import(markdown, FileName));

        Assert.Equal(FileName, error.FileName);
        Assert.Equal(line, error.Line);
        Assert.StartsWith(problem, error.Problem, StringComparison.Ordinal);
        Assert.Equal($"{FileName}:{line}: {error.Problem}", error.Message);
    }
}
