namespace Charter.Domain.Diffs;

/// <summary>
/// One change to a text, in the coordinates of the text before any change: remove
/// <see cref="BaseLength"/> UTF-16 units at <see cref="BaseStart"/> and put <see cref="Inserted"/>
/// there. <see cref="BaseEnd"/> is exclusive.
/// </summary>
public sealed record TextEdit(int BaseStart, int BaseLength, string Inserted)
{
    public int BaseEnd => BaseStart + BaseLength;

    public bool Inserts => Inserted.Length > 0;

    /// <summary>
    /// Whether two edits of the same base text touch the same text. They do when their removed
    /// ranges share a character, or when they meet (an edge of one on or inside the other) and at
    /// least one of them inserts: two insertions at one spot, or an insertion at the edge of a
    /// removal, leave an order neither author chose. Two removals that only meet are independent.
    /// </summary>
    public bool Overlaps(TextEdit other)
    {
        var start = Math.Max(BaseStart, other.BaseStart);
        var end = Math.Min(BaseEnd, other.BaseEnd);
        return start < end || start == end && (Inserts || other.Inserts);
    }
}
