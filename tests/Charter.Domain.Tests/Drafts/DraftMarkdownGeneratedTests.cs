using Charter.Domain.Drafts;

namespace Charter.Domain.Tests.Drafts;

/// <summary>
/// Drafts assembled at random (fixed seeds) from awkward titles and bodies: whatever Export
/// accepts must be a fixed point, and it must accept every draft built only from safe pieces.
/// </summary>
public sealed class DraftMarkdownGeneratedTests
{
    private static readonly string[] Titles =
    [
        "Right to connect", "Rights *not* favours", "A_b_c", "[bracketed]", "Ends with #", "Braces {x}",
        "Tom & Jerry", "&amp; literal", "`code`", "<tag>", "back\\slash", "Ünïcödé – “quotes”", "1. Not a list",
        "- not a bullet", "> not a quote", "Pipe | tilde ~",
    ];

    private static readonly string[] BodyBlocks =
    [
        "A plain paragraph.", "Two\nlines.", "- one\n- two", "1. first\n2. second\n\n   continued", "> quote\n> more",
        "    indented code", "```\nfenced\n\n\ncode\n```", "---", "### Sub-heading", "Text with trailing break  \nnext",
        "[link](https://example.org) and <https://example.org>", "[r]: https://example.org/r", "* star list\n\n  loose",
        "<div>raw html</div>", "Emphasis *a* _b_ **c**", "Line one\r\nLine two", "  two-space indented paragraph",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Export_RandomDraftFromSafePieces_IsFixedPoint(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            var draft = RandomDraft(random);

            var exported = DraftMarkdown.Export(draft);
            var imported = DraftMarkdown.Import(exported, $"seed{seed}.md");

            Assert.Equal(draft.Title, imported.Title);
            Assert.Equal(draft.Parts.Select(p => (p.Id, p.Title)), imported.Parts.Select(p => (p.Id, p.Title)));
            Assert.Equal(draft.Clauses.Select(c => (c.Id, c.Title)), imported.Clauses.Select(c => (c.Id, c.Title)));
            Assert.Equal(exported, DraftMarkdown.Export(imported));
            Assert.Equal(imported, DraftMarkdown.Import(DraftMarkdown.Export(imported), $"seed{seed}.md"));
        }
    }

    private static CharterDraft RandomDraft(Random random)
    {
        var ids = new HashSet<string>();
        var parts = Enumerable.Range(0, random.Next(1, 4))
            .Select(_ => new Part(
                FreshId(random, "p-", ids),
                Pick(random, Titles),
                [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => new Clause(FreshId(random, "c-", ids), Pick(random, Titles), Body(random)))]))
            .ToList();
        return new CharterDraft("en", Pick(random, Titles), random.Next(2) == 0 ? "" : Body(random).Replace("### Sub-heading", "Not a heading.", StringComparison.Ordinal), parts);
    }

    private static string Body(Random random) =>
        string.Join(Pick(random, ["\n\n", "\n\n\n"]), Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pick(random, BodyBlocks)));

    private static string FreshId(Random random, string prefix, HashSet<string> used)
    {
        string id;
        do
        {
            id = prefix + new string([.. Enumerable.Range(0, 4).Select(_ => "abcdefghijklmnopqrstuvwxyz0123456789"[random.Next(36)])]);
        }
        while (!used.Add(id));
        return id;
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
