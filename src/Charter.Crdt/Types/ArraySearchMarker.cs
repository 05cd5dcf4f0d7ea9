using Charter.Crdt.Structs;

namespace Charter.Crdt.Types;

/// <summary>
/// A remembered (item, index) pair in a list type. Finding index i starts from the nearest marker
/// instead of the list head, so sequential edits cost O(distance moved), not O(document length).
/// </summary>
internal sealed class ArraySearchMarker
{
    public ArraySearchMarker(Item p, int index, long timestamp)
    {
        p.Marker = true;
        P = p;
        Index = index;
        Timestamp = timestamp;
    }

    /// <summary>The marked item; its first clock sits at <see cref="Index"/>.</summary>
    public Item P { get; set; }

    public int Index { get; set; }

    /// <summary>When the marker was last used; the least recently used marker is recycled first.</summary>
    public long Timestamp { get; set; }
}
