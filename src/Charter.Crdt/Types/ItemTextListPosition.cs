using Charter.Crdt.Contents;
using Charter.Crdt.Structs;

namespace Charter.Crdt.Types;

/// <summary>
/// A cursor in a text's item list: between <see cref="Left"/> and <see cref="Right"/>, at text
/// index <see cref="Index"/>, with the formatting attributes in effect at that point.
/// </summary>
internal sealed class ItemTextListPosition
{
    public ItemTextListPosition(Item? left, Item? right, int index, OrderedDictionary<string, object?> currentAttributes)
    {
        Left = left;
        Right = right;
        Index = index;
        CurrentAttributes = currentAttributes;
    }

    public Item? Left { get; set; }

    public Item? Right { get; set; }

    public int Index { get; set; }

    public OrderedDictionary<string, object?> CurrentAttributes { get; }

    public void Forward()
    {
        var right = Right ?? throw new InvalidOperationException("Cannot move past the end of the text.");
        if (right.Content is ContentFormat format)
        {
            if (!right.Deleted)
            {
                UpdateCurrentAttributes(CurrentAttributes, format);
            }
        }
        else if (!right.Deleted)
        {
            Index += (int)right.Length;
        }

        Left = right;
        Right = right.Right;
    }

    public static void UpdateCurrentAttributes(OrderedDictionary<string, object?> attributes, ContentFormat format)
    {
        if (format.Value is null)
        {
            attributes.Remove(format.Key);
        }
        else
        {
            attributes[format.Key] = format.Value;
        }
    }
}
