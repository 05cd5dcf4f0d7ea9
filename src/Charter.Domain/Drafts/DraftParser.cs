using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Charter.Domain.Drafts;

/// <summary>
/// Reads a draft from Markdig's syntax tree. The document's top-level blocks must come in this
/// order: front matter, the <c># Title</c> heading (no id), preamble blocks, then parts. A part is
/// an H1 with a <c>p-</c> id followed directly by one or more clauses; a clause is an H2 with a
/// <c>c-</c> id followed by its body blocks. H1 and H2 are structure only; H3–H6 may appear inside
/// clause bodies but not in the preamble or between a part heading and its first clause.
/// Preamble and bodies are the exact source of their blocks, joined by one blank line.
/// </summary>
internal sealed class DraftParser
{
    /// <summary>
    /// Generic attributes must be registered last: the extension hooks into the parsers added
    /// before it (headings here).
    /// </summary>
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseGenericAttributes()
        .Build();

    private readonly string _fileName;
    private readonly SourceText _source;
    private readonly List<Block> _blocks;
    private readonly Dictionary<string, int> _idLines = new(StringComparer.Ordinal);
    private int _next;

    private DraftParser(string markdown, string fileName)
    {
        _fileName = fileName;
        _source = new SourceText(markdown);
        _blocks = TopLevelBlocks(Markdown.Parse(_source.Text, Pipeline));
    }

    public static ParsedDraft Parse(string markdown, string fileName)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(fileName);
        return new DraftParser(markdown, fileName).Parse();
    }

    private ParsedDraft Parse()
    {
        if (string.IsNullOrWhiteSpace(_source.Text) || _blocks.Count == 0)
        {
            throw Error(1, "the file is empty; a draft starts with front matter ('---', 'language: en', '---') and a '# Title' heading");
        }

        var (language, languageLine) = ReadLanguage();
        var title = ReadTitle();
        var preamble = ReadPreamble();
        var parts = new List<Part>();
        while (Peek() is not null)
        {
            parts.Add(ReadPart());
        }

        return new ParsedDraft(new CharterDraft(language, title, preamble, parts), languageLine, _idLines);
    }

    private (string Language, int Line) ReadLanguage()
    {
        if (_blocks[0] is not YamlFrontMatterBlock block)
        {
            throw Error(LineOf(_blocks[0]), "missing front matter: a draft starts with '---', 'language: <tag>', '---'");
        }

        _next = 1;
        var frontMatter = FrontMatter.Read(block, _source, Error);
        if (!frontMatter.TryGet("language", out var language, out var line))
        {
            throw Error(frontMatter.OpeningLine, "the front matter has no 'language' (for example 'language: en')");
        }

        if (!LanguageTag.IsValid(language))
        {
            throw Error(line, $"'{language}' is not a language tag such as 'en', 'es' or 'pt-BR'");
        }

        return (language, line);
    }

    private string ReadTitle()
    {
        var block = Peek();
        if (block is null)
        {
            throw Error(_source.LineOf(_blocks[^1].Span.End) + 2, "missing the '# Title' heading after the front matter");
        }

        if (block is not HeadingBlock { Level: 1 } heading)
        {
            throw Error(LineOf(block), $"expected the '# Title' heading, found {Describe(block)}");
        }

        _next++;
        var attributes = heading.TryGetAttributes();
        if (attributes?.Id is not null)
        {
            throw Error(LineOf(heading), $"the title heading must not carry an id ('{attributes.Id}'); the first '# Title' is the charter's title and parts follow the preamble");
        }

        RejectExtraAttributes(heading, attributes);
        var title = HeadingText.Read(heading);
        return title.Length > 0 ? title : throw Error(LineOf(heading), "the title heading is empty");
    }

    private string ReadPreamble()
    {
        var blocks = new List<Block>();
        while (Peek() is { } block && !IsStructureHeading(block))
        {
            if (block is HeadingBlock heading)
            {
                throw Error(LineOf(block), $"a level-{heading.Level} heading in the preamble; sub-headings ('###' and smaller) belong inside clause bodies");
            }

            blocks.Add(block);
            _next++;
        }

        return Join(blocks);
    }

    private Part ReadPart()
    {
        var heading = (HeadingBlock)Peek()!;
        if (heading.Level == 2)
        {
            throw Error(LineOf(heading), $"the clause '{HeadingText.Read(heading)}' comes before any part; put it under a part heading ('# Part title {{#p-xxxx}}')");
        }

        _next++;
        var (id, title) = ReadIdentifiedHeading(heading, "part", DraftIds.PartPrefix, DraftIds.IsPartId);
        if (Peek() is { } stray && !IsStructureHeading(stray))
        {
            throw Error(LineOf(stray), $"found {Describe(stray)} between part {id} and its first clause; a part heading is followed directly by '## Clause title {{#c-xxxx}}'");
        }

        var clauses = new List<Clause>();
        while (Peek() is HeadingBlock { Level: 2 } clauseHeading)
        {
            _next++;
            clauses.Add(ReadClause(clauseHeading));
        }

        return clauses.Count > 0
            ? new Part(id, title, clauses)
            : throw Error(LineOf(heading), $"part {id} has no clauses; every part holds at least one '## Clause title {{#c-xxxx}}'");
    }

    private Clause ReadClause(HeadingBlock heading)
    {
        var (id, title) = ReadIdentifiedHeading(heading, "clause", DraftIds.ClausePrefix, DraftIds.IsClauseId);
        var blocks = new List<Block>();
        while (Peek() is { } block && !IsStructureHeading(block))
        {
            if (block is HeadingBlock subHeading && subHeading.TryGetAttributes()?.Id is { } subId
                && (subId.StartsWith(DraftIds.PartPrefix, StringComparison.Ordinal) || subId.StartsWith(DraftIds.ClausePrefix, StringComparison.Ordinal)))
            {
                throw Error(LineOf(block), $"a level-{subHeading.Level} heading carries the id '{subId}'; parts are '#' headings and clauses are '##' headings");
            }

            blocks.Add(block);
            _next++;
        }

        return new Clause(id, title, Join(blocks));
    }

    private (string Id, string Title) ReadIdentifiedHeading(HeadingBlock heading, string kind, string prefix, Func<string, bool> isValidId)
    {
        var line = LineOf(heading);
        var attributes = heading.TryGetAttributes();
        var id = attributes?.Id;
        var title = HeadingText.Read(heading);
        var marks = new string('#', heading.Level);
        if (id is null)
        {
            throw title.Length == 0
                ? Error(line, $"empty {kind} heading; write it as '{marks} Title {{#{prefix}xxxx}}'")
                : Error(line, $"the {kind} heading '{title}' has no id; write it as '{marks} {title} {{#{prefix}xxxx}}'");
        }

        if (!isValidId(id))
        {
            throw Error(line, $"the {kind} id '{id}' is malformed; expected '{prefix}' followed by 4 lowercase letters or digits");
        }

        if (_idLines.TryGetValue(id, out var firstLine))
        {
            throw Error(line, $"duplicate id '{id}' on lines {firstLine} and {line}");
        }

        RejectExtraAttributes(heading, attributes);
        if (title.Length == 0)
        {
            throw Error(line, $"the {kind} {id} has no title");
        }

        _idLines[id] = line;
        return (id, title);
    }

    private void RejectExtraAttributes(HeadingBlock heading, HtmlAttributes? attributes)
    {
        if (attributes?.Classes is { Count: > 0 } || attributes?.Properties is { Count: > 0 })
        {
            throw Error(LineOf(heading), "heading attributes other than the id (classes, key=value) are not part of the drafts format");
        }
    }

    /// <summary>
    /// The document's blocks in source order. Markdig gathers every link reference definition of
    /// the document into one group placed where the first one appeared; this puts each top-level
    /// definition back where it was written (those inside a list or quote stay with it).
    /// </summary>
    private static List<Block> TopLevelBlocks(MarkdownDocument document)
    {
        var blocks = document.Where(block => block is not LinkReferenceDefinitionGroup).ToList();
        var definitions = document.OfType<LinkReferenceDefinitionGroup>()
            .SelectMany(group => group)
            .Where(definition => !blocks.Any(block => block.Span.Start <= definition.Span.Start && definition.Span.Start <= block.Span.End));
        return [.. blocks.Concat(definitions).OrderBy(block => block.Span.Start)];
    }

    private Block? Peek() => _next < _blocks.Count ? _blocks[_next] : null;

    /// <summary>
    /// Blocks are separated by one blank line, except link reference definitions written on
    /// consecutive lines, which stay together as their author grouped them.
    /// </summary>
    private string Join(List<Block> blocks)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i > 0)
            {
                var adjacentDefinitions = blocks[i] is LinkReferenceDefinition && blocks[i - 1] is LinkReferenceDefinition
                    && blocks[i].Line == _source.LineOf(blocks[i - 1].Span.End) + 1;
                text.Append(adjacentDefinitions ? "\n" : "\n\n");
            }

            text.Append(_source.Slice(blocks[i]));
        }

        return text.ToString();
    }

    private static bool IsStructureHeading(Block block) => block is HeadingBlock { Level: <= 2 };

    /// <summary>
    /// The 1-based line a block starts on. Markdig numbers a setext heading by its underline; a
    /// reader looks for its text, so that line is reported instead.
    /// </summary>
    private int LineOf(Block block) =>
        block is HeadingBlock { IsSetext: true } ? _source.LineOf(block.Span.Start) + 1 : block.Line + 1;

    private static string Describe(Block block) => block switch
    {
        HeadingBlock heading => $"a level-{heading.Level} heading",
        YamlFrontMatterBlock => "a second front matter block",
        ParagraphBlock => "a paragraph",
        ListBlock => "a list",
        QuoteBlock => "a block quote",
        CodeBlock => "a code block",
        ThematicBreakBlock => "a thematic break",
        HtmlBlock => "raw HTML",
        LinkReferenceDefinitionGroup => "a link reference definition",
        _ => "a Markdown block",
    };

    private DraftFormatException Error(int line, string problem) => new(_fileName, line, problem);
}
