using Markdig.Syntax;

namespace Charter.Domain.Drafts;

/// <summary>
/// A draft's Markdown with line endings normalised to <c>\n</c> (and any byte order mark removed),
/// plus the offset where each line starts. Block spans from Markdig index into this text, so the
/// exact source of a block can be cut out of it.
/// </summary>
internal sealed class SourceText
{
    private readonly List<int> _lineStarts = [0];

    public SourceText(string markdown)
    {
        // Only CR and CRLF are line endings in CommonMark; other Unicode separators are text.
        Text = markdown.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        for (var i = 0; i < Text.Length; i++)
        {
            if (Text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public string Text { get; }

    public int LineCount => _lineStarts.Count;

    /// <summary>The text of a 0-based line, without its line ending.</summary>
    public string Line(int line)
    {
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Count ? _lineStarts[line + 1] - 1 : Text.Length;
        return Text[start..end];
    }

    /// <summary>The 0-based line holding an offset.</summary>
    public int LineOf(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>
    /// The whole source lines a top-level block spans, from the start of its first line (so the
    /// indentation that gives it meaning, as in an indented code block, is kept) to the end of its
    /// span, without trailing whitespace.
    /// </summary>
    public string Slice(Block block)
    {
        var start = _lineStarts[block.Line];
        var end = Math.Min(block.Span.End + 1, Text.Length);
        return Text[start..end].TrimEnd();
    }
}
