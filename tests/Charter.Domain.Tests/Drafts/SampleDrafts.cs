namespace Charter.Domain.Tests.Drafts;

/// <summary>Small drafts written for the tests, covering the Markdown a clause body may hold.</summary>
internal static class SampleDrafts
{
    public const string Minimal = """
        ---
        language: en
        ---

        # Internet Rights

        # People {#p-ab12}

        ## Right to connect {#c-a1b2}

        Everyone may connect.
        """;

    public const string Rich = """
        ---
        # a comment, and an extra key the format ignores
        language: "en"
        status: draft
        ---

        # A *Bill* of Rights for `Internet` Participants

        We, the undersigned,
        come together.

        - to connect
        - to speak

        > Quoted wisdom
        > on two lines.

        # Part One: People as participants {#p-7k2m}

        ## Right to connect {#c-a1b2}

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

        ## Right to privacy & security {#c-b2c3}

        Body with a [reference link][ref].

        [ref]: https://example.org/ref

        # Part Two {#p-8x3n}

        ## Right to organise {#c-c3d4}

        ---

        Text after a thematic break.
        """;
}
