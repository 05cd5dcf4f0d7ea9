using System.Text;
using DiffPlex;

namespace Charter.Domain.Diffs;

/// <summary>
/// A unified diff (the format of <c>diff -u</c>, which <c>patch</c> and <c>git apply</c> read)
/// between two texts, line by line. Hunks carry <see cref="ContextLines"/> lines of context and
/// headers <c>@@ -start,count +start,count @@</c> (a start is the line before the hunk when its
/// count is 0). A text that does not end with a line feed gets the
/// <c>\ No newline at end of file</c> marker after its last line. Equal texts give an empty string.
/// </summary>
public static class UnifiedDiff
{
    public const int ContextLines = 3;

    private const string NoNewlineMarker = "\\ No newline at end of file\n";
    private static readonly Differ Differ = new();

    public static string Create(string oldText, string newText, string oldName, string newName)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        var oldLines = Lines.Of(oldText);
        var newLines = Lines.Of(newText);
        var result = Differ.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, Lines.Instance);
        if (result.DiffBlocks.Count == 0)
        {
            return string.Empty;
        }

        var diff = new StringBuilder();
        diff.Append("--- ").Append(oldName).Append('\n');
        diff.Append("+++ ").Append(newName).Append('\n');
        var blocks = result.DiffBlocks;
        var first = 0;
        while (first < blocks.Count)
        {
            // Blocks whose context would touch or overlap share one hunk.
            var last = first;
            while (last + 1 < blocks.Count
                && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * ContextLines)
            {
                last++;
            }

            AppendHunk(diff, oldLines, newLines, blocks, first, last);
            first = last + 1;
        }

        return diff.ToString();
    }

    private static void AppendHunk(StringBuilder diff, Lines oldLines, Lines newLines, IList<DiffPlex.Model.DiffBlock> blocks, int first, int last)
    {
        var oldStart = Math.Max(0, blocks[first].DeleteStartA - ContextLines);
        var newStart = blocks[first].InsertStartB - (blocks[first].DeleteStartA - oldStart);
        var oldEnd = Math.Min(oldLines.Count, blocks[last].DeleteStartA + blocks[last].DeleteCountA + ContextLines);
        var newEnd = blocks[last].InsertStartB + blocks[last].InsertCountB + (oldEnd - (blocks[last].DeleteStartA + blocks[last].DeleteCountA));
        diff.Append("@@ -").Append(Range(oldStart, oldEnd - oldStart)).Append(" +").Append(Range(newStart, newEnd - newStart)).Append(" @@\n");

        var a = oldStart;
        for (var b = first; b <= last; b++)
        {
            var block = blocks[b];
            for (; a < block.DeleteStartA; a++)
            {
                AppendLine(diff, ' ', oldLines, a);
            }

            for (var i = 0; i < block.DeleteCountA; i++)
            {
                AppendLine(diff, '-', oldLines, block.DeleteStartA + i);
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                AppendLine(diff, '+', newLines, block.InsertStartB + i);
            }

            a = block.DeleteStartA + block.DeleteCountA;
        }

        for (; a < oldEnd; a++)
        {
            AppendLine(diff, ' ', oldLines, a);
        }
    }

    private static string Range(int start, int count) =>
        count == 0 ? $"{start},0" : count == 1 ? $"{start + 1}" : $"{start + 1},{count}";

    private static void AppendLine(StringBuilder diff, char mark, Lines lines, int index)
    {
        diff.Append(mark).Append(lines[index]).Append('\n');
        if (index == lines.Count - 1 && !lines.EndsWithNewline)
        {
            diff.Append(NoNewlineMarker);
        }
    }

    /// <summary>
    /// A text's lines without their <c>\n</c>. The last line is compared with its missing line
    /// feed marked, so "a" and "a\n" differ as <c>diff</c> says they do.
    /// </summary>
    private sealed class Lines : IChunker
    {
        public static readonly Lines Instance = new();

        private readonly string[] _lines;

        private Lines()
        {
            _lines = [];
        }

        private Lines(string text)
        {
            EndsWithNewline = text.Length == 0 || text.EndsWith('\n');
            var body = EndsWithNewline && text.Length > 0 ? text[..^1] : text;
            _lines = body.Length == 0 && text.Length == 0 ? [] : body.Split('\n');
        }

        public bool EndsWithNewline { get; }

        public int Count => _lines.Length;

        public string this[int index] => _lines[index];

        public static Lines Of(string text) => new(text);

        public IReadOnlyList<string> Chunk(string text)
        {
            var lines = Of(text);
            var chunks = lines._lines.ToArray();
            if (!lines.EndsWithNewline && chunks.Length > 0)
            {
                chunks[^1] += NoNewlineMarker;
            }

            return chunks;
        }
    }
}
