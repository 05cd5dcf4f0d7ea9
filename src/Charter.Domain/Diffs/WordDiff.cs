namespace Charter.Domain.Diffs;

/// <summary>
/// A word-level diff from <see cref="Old"/> to <see cref="New"/>, in the two shapes the UI shows:
/// <see cref="Inline"/> (one text, removals followed by their replacements) and side by side
/// (<see cref="Left"/>: the old text with removals marked; <see cref="Right"/>: the new text with
/// insertions marked). Concatenating <see cref="Left"/> gives <see cref="Old"/>, and
/// <see cref="Right"/> gives <see cref="New"/>.
/// </summary>
public sealed class WordDiff
{
    private WordDiff(string old, string @new, IReadOnlyList<DiffSpan> inline)
    {
        Old = old;
        New = @new;
        Inline = inline;
        Left = [.. inline.Where(s => s.Kind != DiffSpanKind.Inserted)];
        Right = [.. inline.Where(s => s.Kind != DiffSpanKind.Deleted)];
    }

    public string Old { get; }

    public string New { get; }

    public IReadOnlyList<DiffSpan> Inline { get; }

    public IReadOnlyList<DiffSpan> Left { get; }

    public IReadOnlyList<DiffSpan> Right { get; }

    public bool HasChanges => Inline.Any(s => s.Kind != DiffSpanKind.Unchanged);

    public static WordDiff Compute(string old, string @new)
    {
        var spans = new List<DiffSpan>();
        var position = 0;
        foreach (var edit in TextEdits.Between(old, @new))
        {
            Add(spans, DiffSpanKind.Unchanged, old[position..edit.BaseStart]);
            Add(spans, DiffSpanKind.Deleted, old.Substring(edit.BaseStart, edit.BaseLength));
            Add(spans, DiffSpanKind.Inserted, edit.Inserted);
            position = edit.BaseEnd;
        }

        Add(spans, DiffSpanKind.Unchanged, old[position..]);
        return new WordDiff(old, @new, spans);
    }

    private static void Add(List<DiffSpan> spans, DiffSpanKind kind, string text)
    {
        if (text.Length > 0)
        {
            spans.Add(new DiffSpan(kind, text));
        }
    }
}
