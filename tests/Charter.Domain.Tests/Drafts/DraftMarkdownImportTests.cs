using Charter.Domain.Drafts;

namespace Charter.Domain.Tests.Drafts;

public sealed class DraftMarkdownImportTests
{
    [Fact]
    public void Import_MinimalDraft_ReadsLanguageTitlePartAndClause()
    {
        var draft = DraftMarkdown.Import(SampleDrafts.Minimal, "minimal.md");

        var expected = new CharterDraft("en", "Internet Rights", "",
            [new Part("p-ab12", "People", [new Clause("c-a1b2", "Right to connect", "Everyone may connect.")])]);
        Assert.Equal(expected, draft);
    }

    [Fact]
    public void Import_RichDraft_KeepsExactSourceOfEachBlock()
    {
        var draft = DraftMarkdown.Import(SampleDrafts.Rich, "rich.md");

        Assert.Equal("en", draft.Language);
        Assert.Equal("A Bill of Rights for Internet Participants", draft.Title);
        Assert.Equal("We, the undersigned,\ncome together.\n\n- to connect\n- to speak\n\n> Quoted wisdom\n> on two lines.", draft.Preamble);
        Assert.Equal(["p-7k2m", "p-8x3n"], draft.Parts.Select(p => p.Id));
        Assert.Equal("Part One: People as participants", draft.Parts[0].Title);
        Assert.Equal(["c-a1b2", "c-b2c3", "c-c3d4"], draft.Clauses.Select(c => c.Id));
        Assert.Equal("Right to privacy & security", draft.Parts[0].Clauses[1].Title);

        var connect = draft.Parts[0].Clauses[0].Body;
        Assert.Equal("""
            Everyone has the right to connect, see [the proposal](https://example.org/proposal "Proposal").
            Second line of the same paragraph.

            1. First item
               continued
            2. Second item

               with a second paragraph

            ### A sub-heading in a body

                indented code
                stays code

            ```text
            fenced code

            with a blank line
            ```
            """, connect);
        Assert.Equal("Body with a [reference link][ref].\n\n[ref]: https://example.org/ref", draft.Parts[0].Clauses[1].Body);
        Assert.Equal("---\n\nText after a thematic break.", draft.Parts[1].Clauses[0].Body);
    }

    [Fact]
    public void Import_CrLfLineEndingsAndByteOrderMark_ReadLikeLf()
    {
        var crlf = "\uFEFF" + SampleDrafts.Rich.Replace("\n", "\r\n", StringComparison.Ordinal);

        Assert.Equal(DraftMarkdown.Import(SampleDrafts.Rich, "rich.md"), DraftMarkdown.Import(crlf, "rich.md"));
    }

    [Fact]
    public void Import_ClauseWithoutBody_HasEmptyBody()
    {
        var markdown = SampleDrafts.Minimal + "\n\n## Right to rest {#c-zz99}\n";

        var draft = DraftMarkdown.Import(markdown, "minimal.md");

        Assert.Equal(new Clause("c-zz99", "Right to rest", ""), draft.Clauses.Last());
    }

    [Fact]
    public void Import_TitleWithEscapesAndEntities_ReadsPlainText()
    {
        var markdown = "---\nlanguage: en\n---\n# Rights \\*not\\* &amp; [duties](https://example.org) \\{draft\\}\n";

        var draft = DraftMarkdown.Import(markdown, "t.md");

        Assert.Equal("Rights *not* & duties {draft}", draft.Title);
    }

    [Fact]
    public void Import_DraftWithoutParts_IsAllowed()
    {
        var draft = DraftMarkdown.Import("---\nlanguage: fr\n---\n# Titre\n\nPréambule.\n", "t.fr.md");

        Assert.Equal(new CharterDraft("fr", "Titre", "Préambule.", []), draft);
    }

    [Fact]
    public void Import_LinkDefinitionsInSeveralClauses_StayWhereTheyWereWritten()
    {
        var markdown = """
            ---
            language: en
            ---
            # Title

            See [p].

            [p]: https://example.org/p

            # People {#p-ab12}

            ## Connect {#c-ab12}

            Text [a] and [b].

            [a]: https://example.org/a
            [b]: https://example.org/b

            ## Speak {#c-cd34}

            > Quoted [d].
            >
            > [d]: https://example.org/d

            [c]: https://example.org/c
            """;

        var draft = DraftMarkdown.Import(markdown, "refs.md");

        Assert.Equal("See [p].\n\n[p]: https://example.org/p", draft.Preamble);
        Assert.Equal("Text [a] and [b].\n\n[a]: https://example.org/a\n[b]: https://example.org/b", draft.Clauses.First().Body);
        Assert.Equal("> Quoted [d].\n>\n> [d]: https://example.org/d\n\n[c]: https://example.org/c", draft.Clauses.Last().Body);
        Assert.Equal(draft, DraftMarkdown.Import(DraftMarkdown.Export(draft), "refs.md"));
    }
}
