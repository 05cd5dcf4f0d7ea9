using Charter.Domain.Drafts;

namespace Charter.Domain.Tests.Drafts;

public sealed class DraftMarkdownExportTests
{
    private static CharterDraft Draft(string body = "Everyone may connect.", string title = "Right to connect", string preamble = "We agree.") =>
        new("en", "Internet Rights", preamble, [new Part("p-ab12", "People", [new Clause("c-a1b2", title, body)])]);

    [Fact]
    public void Export_Draft_WritesCanonicalLayout()
    {
        var markdown = DraftMarkdown.Export(Draft());

        Assert.Equal("""
            ---
            language: en
            ---

            # Internet Rights

            We agree.

            # People {#p-ab12}

            ## Right to connect {#c-a1b2}

            Everyone may connect.

            """, markdown);
    }

    [Fact]
    public void Export_EmptyPreambleAndBody_LeavesThemOut()
    {
        var markdown = DraftMarkdown.Export(Draft(body: "", preamble: ""));

        Assert.Equal("---\nlanguage: en\n---\n\n# Internet Rights\n\n# People {#p-ab12}\n\n## Right to connect {#c-a1b2}\n", markdown);
        Assert.Equal(Draft(body: "", preamble: ""), DraftMarkdown.Import(markdown, "x.md"));
    }

    [Fact]
    public void Export_TitleWithMarkdownCharacters_ReadsBackVerbatim()
    {
        var title = "Rights *not* _favours_ & [duties] {draft} #1 `code` <b> \\ &amp; | ~x~";
        var draft = Draft(title: title) with { Title = title };

        var reimported = DraftMarkdown.Import(DraftMarkdown.Export(draft), "x.md");

        Assert.Equal(draft, reimported);
    }

    [Fact]
    public void Export_BodyNotInCanonicalForm_IsNormalised()
    {
        var draft = Draft(body: "\r\n\r\nIntro:\r\n- one\r\n- two\r\n\r\n\r\n\r\nAfter.  \r\n");

        var reimported = DraftMarkdown.Import(DraftMarkdown.Export(draft), "x.md");

        Assert.Equal("Intro:\n\n- one\n- two\n\nAfter.", reimported.Clauses.Single().Body);
    }

    [Fact]
    public void Export_BodyStartingWithIndentedCode_KeepsTheIndentation()
    {
        var draft = Draft(body: "\n    code line\n\nText.");

        var reimported = DraftMarkdown.Import(DraftMarkdown.Export(draft), "x.md");

        Assert.Equal("    code line\n\nText.", reimported.Clauses.Single().Body);
    }

    [Theory]
    [InlineData("Text.\n\n## Sneaky clause", "the body of clause c-a1b2 holds a level-2 heading")]
    [InlineData("# Sneaky part", "the body of clause c-a1b2 holds a level-1 heading")]
    [InlineData("Text\n===", "the body of clause c-a1b2 holds a level-1 heading")]
    public void Export_BodyWithStructureHeading_NamesTheClause(string body, string problem)
    {
        var error = Assert.Throws<ArgumentException>(() => DraftMarkdown.Export(Draft(body: body)));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_BodyWithSubHeading_IsAllowed()
    {
        var draft = Draft(body: "### Details\n\nText.");

        Assert.Equal(draft, DraftMarkdown.Import(DraftMarkdown.Export(draft), "x.md"));
    }

    [Fact]
    public void Export_PreambleWithHeading_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => DraftMarkdown.Export(Draft(preamble: "### Aside")));

        Assert.Contains("its preamble holds a level-3 heading", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_UnclosedFenceSwallowingNextClause_Throws()
    {
        var draft = Draft() with
        {
            Parts = [new Part("p-ab12", "People", [new Clause("c-a1b2", "Connect", "```\nnever closed"), new Clause("c-b2c3", "Speak", "Text.")])],
        };

        var error = Assert.Throws<ArgumentException>(() => DraftMarkdown.Export(draft));

        Assert.Contains("clause c-b2c3 ('Speak'), or the body before it, would not read back as written", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Two\nlines", "the draft cannot be exported: the title of clause c-a1b2 spans several lines")]
    [InlineData(" padded ", "the title of clause c-a1b2 (' padded ') would not read back as written")]
    [InlineData("", "the clause c-a1b2 has no title")]
    public void Export_TitleThatCannotBeWritten_Throws(string title, string problem)
    {
        var error = Assert.Throws<ArgumentException>(() => DraftMarkdown.Export(Draft(title: title)));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_MalformedClauseId_Throws()
    {
        var draft = Draft() with { Parts = [new Part("p-ab12", "People", [new Clause("clause-1", "Connect", "Text.")])] };

        var error = Assert.Throws<ArgumentException>(() => DraftMarkdown.Export(draft));

        Assert.Contains("the clause id 'clause-1' is malformed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_EmptyPart_Throws()
    {
        var draft = Draft() with { Parts = [new Part("p-ab12", "People", [])] };

        var error = Assert.Throws<ArgumentException>(() => DraftMarkdown.Export(draft));

        Assert.Contains("part p-ab12 has no clauses", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_InvalidLanguage_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => DraftMarkdown.Export(Draft() with { Language = "English" }));

        Assert.Contains("'English' is not a language tag", error.Message, StringComparison.Ordinal);
    }
}
