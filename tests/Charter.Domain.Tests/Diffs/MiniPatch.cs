using System.Globalization;

namespace Charter.Domain.Tests.Diffs;

/// <summary>
/// A strict applier of unified diffs, as <c>patch</c> reads them with no fuzz: every hunk header's
/// counts must match its lines, context and removed lines must match the old text exactly, and
/// hunks must come in order. Used to prove that <c>UnifiedDiff</c> output applies.
/// </summary>
internal static class MiniPatch
{
    public static string Apply(string oldText, string diff)
    {
        if (diff.Length == 0)
        {
            return oldText;
        }

        var oldLines = SplitKeepingNewlines(oldText);
        var diffLines = diff.Split('\n')[..^1];
        if (!diffLines[0].StartsWith("--- ", StringComparison.Ordinal) || !diffLines[1].StartsWith("+++ ", StringComparison.Ordinal))
        {
            throw new FormatException("missing ---/+++ header");
        }

        var result = new List<string>();
        var oldIndex = 0;
        var i = 2;
        while (i < diffLines.Length)
        {
            var (oldStart, oldCount, newStart, newCount) = ParseHeader(diffLines[i++]);
            var copyUntil = oldCount == 0 ? oldStart : oldStart - 1;
            if (copyUntil < oldIndex)
            {
                throw new FormatException("hunks overlap or are out of order");
            }

            if (newStart - 1 != result.Count + (copyUntil - oldIndex) && newCount > 0)
            {
                throw new FormatException($"new start {newStart} does not match the lines before it");
            }

            result.AddRange(oldLines.Skip(oldIndex).Take(copyUntil - oldIndex));
            oldIndex = copyUntil;
            int seenOld = 0, seenNew = 0;
            while (i < diffLines.Length && !diffLines[i].StartsWith("@@", StringComparison.Ordinal))
            {
                var line = diffLines[i++];
                var noNewline = i < diffLines.Length && diffLines[i] == "\\ No newline at end of file";
                if (noNewline)
                {
                    i++;
                }

                var text = line[1..] + (noNewline ? "" : "\n");
                switch (line[0])
                {
                    case ' ':
                        Expect(oldLines, oldIndex++, text);
                        result.Add(text);
                        seenOld++;
                        seenNew++;
                        break;
                    case '-':
                        Expect(oldLines, oldIndex++, text);
                        seenOld++;
                        break;
                    case '+':
                        result.Add(text);
                        seenNew++;
                        break;
                    default:
                        throw new FormatException($"unexpected line '{line}'");
                }
            }

            if (seenOld != oldCount || seenNew != newCount)
            {
                throw new FormatException($"hunk counts -{oldCount} +{newCount} but lines -{seenOld} +{seenNew}");
            }
        }

        result.AddRange(oldLines.Skip(oldIndex));
        return string.Concat(result);
    }

    private static void Expect(List<string> oldLines, int index, string text)
    {
        if (index >= oldLines.Count || oldLines[index] != text)
        {
            throw new FormatException($"line {index + 1} does not match '{text}'");
        }
    }

    private static (int, int, int, int) ParseHeader(string header)
    {
        var parts = header.Split(' ');
        if (parts is not ["@@", var oldRange, var newRange, "@@"] || oldRange[0] != '-' || newRange[0] != '+')
        {
            throw new FormatException($"bad hunk header '{header}'");
        }

        var (oldStart, oldCount) = Range(oldRange[1..]);
        var (newStart, newCount) = Range(newRange[1..]);
        return (oldStart, oldCount, newStart, newCount);
    }

    private static (int Start, int Count) Range(string range)
    {
        var comma = range.IndexOf(',', StringComparison.Ordinal);
        return comma < 0
            ? (int.Parse(range, CultureInfo.InvariantCulture), 1)
            : (int.Parse(range[..comma], CultureInfo.InvariantCulture), int.Parse(range[(comma + 1)..], CultureInfo.InvariantCulture));
    }

    private static List<string> SplitKeepingNewlines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }
}
