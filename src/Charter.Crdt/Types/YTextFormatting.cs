using System.Runtime.CompilerServices;
using Charter.Crdt.Contents;
using Charter.Crdt.Structs;
using Charter.Crdt.Utils;

namespace Charter.Crdt.Types;

/// <summary>
/// The rich-text algorithms of YText: moving a cursor, inserting text with formatting marks,
/// formatting ranges, deleting, and removing marks that became redundant. Mirrors yjs's YText.js
/// function by function, because the marks it creates are part of the shared state.
/// </summary>
internal static class YTextFormatting
{
    /// <summary>Shared, never modified: CleanupFormattingGap only reads its start attributes.</summary>
    private static readonly OrderedDictionary<string, object?> EmptyAttributes = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ItemTextListPosition FindNextPosition(Transaction transaction, ItemTextListPosition pos, int count)
    {
        var store = transaction.Doc.Store;
        while (pos.Right is not null && count > 0)
        {
            var right = pos.Right;
            if (right.Content is ContentFormat format)
            {
                if (!right.Deleted)
                {
                    ItemTextListPosition.UpdateCurrentAttributes(pos.CurrentAttributes, format);
                }
            }
            else if (!right.Deleted)
            {
                if (count < right.Length)
                {
                    store.GetItemCleanStart(transaction, new Id(right.Id.Client, right.Id.Clock + count));
                }

                pos.Index += (int)right.Length;
                count -= (int)right.Length;
            }

            pos.Left = right;
            pos.Right = right.Right;
        }

        return pos;
    }

    public static void InsertText(Transaction transaction, YText parent, ItemTextListPosition currPos, AbstractContent content, OrderedDictionary<string, object?> attributes)
    {
        foreach (var key in currPos.CurrentAttributes.Keys)
        {
            attributes.TryAdd(key, null);
        }

        MinimizeAttributeChanges(currPos, attributes);
        var negatedAttributes = InsertAttributes(transaction, parent, currPos, attributes);
        var left = currPos.Left;
        var right = currPos.Right;
        var index = currPos.Index;
        if (parent.SearchMarker is not null)
        {
            SearchMarkers.UpdateMarkerChanges(parent.SearchMarker, currPos.Index, content.Length);
        }

        right = new Item(transaction.NextId(), left, left?.LastId, right, right?.Id, parent, null, content);
        right.Integrate(transaction, 0);
        currPos.Right = right;
        currPos.Index = index;
        currPos.Forward();
        InsertNegatedAttributes(transaction, parent, currPos, negatedAttributes);
    }

    public static void FormatText(Transaction transaction, YText parent, ItemTextListPosition currPos, int length, OrderedDictionary<string, object?> attributes)
    {
        var store = transaction.Doc.Store;
        MinimizeAttributeChanges(currPos, attributes);
        var negatedAttributes = InsertAttributes(transaction, parent, currPos, attributes);

        // Walk the range: drop marks the new attributes override, and remember what to restore at the end.
        while (currPos.Right is not null
            && (length > 0 || (negatedAttributes.Count > 0 && (currPos.Right.Deleted || currPos.Right.Content is ContentFormat))))
        {
            var right = currPos.Right;
            if (!right.Deleted)
            {
                if (right.Content is ContentFormat format)
                {
                    if (attributes.TryGetValue(format.Key, out var attr))
                    {
                        if (AnyValues.EqualAttrs(attr, format.Value))
                        {
                            negatedAttributes.Remove(format.Key);
                        }
                        else
                        {
                            if (length == 0)
                            {
                                break;
                            }

                            negatedAttributes[format.Key] = format.Value;
                        }

                        right.Delete(transaction);
                    }
                    else
                    {
                        currPos.CurrentAttributes[format.Key] = format.Value;
                    }
                }
                else
                {
                    if (length < right.Length)
                    {
                        store.GetItemCleanStart(transaction, new Id(right.Id.Client, right.Id.Clock + length));
                    }

                    length -= (int)right.Length;
                }
            }

            currPos.Forward();
        }

        // Quill assumes a trailing newline; formatting past the end inserts the missing newlines.
        if (length > 0)
        {
            var newlines = new string('\n', length);
            currPos.Right = new Item(transaction.NextId(), currPos.Left, currPos.Left?.LastId, currPos.Right, currPos.Right?.Id, parent, null, new ContentString(newlines));
            currPos.Right.Integrate(transaction, 0);
            currPos.Forward();
        }

        InsertNegatedAttributes(transaction, parent, currPos, negatedAttributes);
    }

    public static ItemTextListPosition DeleteText(Transaction transaction, ItemTextListPosition currPos, int length)
    {
        var store = transaction.Doc.Store;
        var startLength = length;
        var startAttrs = currPos.CurrentAttributes.Count == 0 ? EmptyAttributes : new OrderedDictionary<string, object?>(currPos.CurrentAttributes);
        var start = currPos.Right;
        while (length > 0 && currPos.Right is not null)
        {
            var right = currPos.Right;
            if (!right.Deleted && right.Content is ContentType or ContentEmbed or ContentString)
            {
                if (length < right.Length)
                {
                    store.GetItemCleanStart(transaction, new Id(right.Id.Client, right.Id.Clock + length));
                }

                length -= (int)right.Length;
                right.Delete(transaction);
            }

            currPos.Forward();
        }

        if (start is not null)
        {
            CleanupFormattingGap(transaction, start, currPos.Right, startAttrs, currPos.CurrentAttributes);
        }

        var parent = (currPos.Left ?? currPos.Right)?.Parent;
        if (parent?.SearchMarker is not null)
        {
            SearchMarkers.UpdateMarkerChanges(parent.SearchMarker, currPos.Index, -startLength + length);
        }

        return currPos;
    }

    /// <summary>After a remote change to formatted text, removes marks that duplicate or contradict their neighbours.</summary>
    public static void CleanupAfterTransaction(Transaction transaction)
    {
        var needFullCleanup = new HashSet<AbstractType>(ReferenceEqualityComparer.Instance);
        var doc = transaction.Doc;
        foreach (var (client, afterClock) in transaction.AfterState)
        {
            var clock = transaction.BeforeStateOf(client);
            if (afterClock == clock)
            {
                continue;
            }

            StructStore.IterateStructs(transaction, doc.Store.Clients[client], clock, afterClock, s =>
            {
                if (s is Item { Deleted: false, Content: ContentFormat } item)
                {
                    needFullCleanup.Add(item.Parent!);
                }
            });
        }

        doc.Transact(
            t =>
            {
                foreach (var (client, deletes) in transaction.DeleteSet.Clients)
                {
                    if (!doc.Store.Clients.TryGetValue(client, out var structs))
                    {
                        continue;
                    }

                    var state = doc.Store.GetState(client);
                    foreach (var del in deletes)
                    {
                        if (del.Clock >= state)
                        {
                            break;
                        }

                        StructStore.IterateStructs(transaction, structs, del.Clock, del.Length, s =>
                        {
                            if (s is not Item item || item.Parent is not YText { HasFormatting: true } text || needFullCleanup.Contains(text))
                            {
                                return;
                            }

                            if (item.Content is ContentFormat)
                            {
                                needFullCleanup.Add(text);
                            }
                            else
                            {
                                CleanupContextlessFormattingGap(t, item);
                            }
                        });
                    }
                }

                foreach (var type in needFullCleanup)
                {
                    CleanupYTextFormatting(type);
                }
            },
            null,
            local: true);
    }

    private static void MinimizeAttributeChanges(ItemTextListPosition currPos, OrderedDictionary<string, object?> attributes)
    {
        while (currPos.Right is { } right
            && (right.Deleted || (right.Content is ContentFormat format && AnyValues.EqualAttrs(attributes.GetValueOrDefault(format.Key), format.Value))))
        {
            currPos.Forward();
        }
    }

    private static OrderedDictionary<string, object?> InsertAttributes(Transaction transaction, YText parent, ItemTextListPosition currPos, OrderedDictionary<string, object?> attributes)
    {
        var negatedAttributes = new OrderedDictionary<string, object?>();
        foreach (var (key, value) in attributes)
        {
            var currentVal = currPos.CurrentAttributes.GetValueOrDefault(key);
            if (!AnyValues.EqualAttrs(currentVal, value))
            {
                negatedAttributes[key] = currentVal;
                var left = currPos.Left;
                var right = currPos.Right;
                currPos.Right = new Item(transaction.NextId(), left, left?.LastId, right, right?.Id, parent, null, new ContentFormat(key, value));
                currPos.Right.Integrate(transaction, 0);
                currPos.Forward();
            }
        }

        return negatedAttributes;
    }

    private static void InsertNegatedAttributes(Transaction transaction, YText parent, ItemTextListPosition currPos, OrderedDictionary<string, object?> negatedAttributes)
    {
        while (currPos.Right is { } right
            && (right.Deleted || (right.Content is ContentFormat format && negatedAttributes.TryGetValue(format.Key, out var negated) && AnyValues.EqualAttrs(negated, format.Value))))
        {
            if (!right.Deleted)
            {
                negatedAttributes.Remove(((ContentFormat)right.Content).Key);
            }

            currPos.Forward();
        }

        foreach (var (key, value) in negatedAttributes)
        {
            var left = currPos.Left;
            var right = currPos.Right;
            var nextFormat = new Item(transaction.NextId(), left, left?.LastId, right, right?.Id, parent, null, new ContentFormat(key, value));
            nextFormat.Integrate(transaction, 0);
            currPos.Right = nextFormat;
            currPos.Forward();
        }
    }

    private static int CleanupFormattingGap(Transaction transaction, Item start, Item? curr, OrderedDictionary<string, object?> startAttributes, OrderedDictionary<string, object?> currAttributes)
    {
        Item? end = start;
        Dictionary<string, ContentFormat>? endFormats = null;
        while (end is not null && (!end.Countable || end.Deleted))
        {
            if (!end.Deleted && end.Content is ContentFormat cf)
            {
                (endFormats ??= [])[cf.Key] = cf;
            }

            end = end.Right;
        }

        var cleanups = 0;
        var reachedCurr = false;
        Item? s = start;
        while (s is not null && s != end)
        {
            if (curr == s)
            {
                reachedCurr = true;
            }

            if (!s.Deleted && s.Content is ContentFormat format)
            {
                var startAttrValue = startAttributes.GetValueOrDefault(format.Key);
                if (endFormats?.GetValueOrDefault(format.Key) != format || Equals(startAttrValue, format.Value))
                {
                    // Either a later mark overrides this one, or the attribute already had this value.
                    s.Delete(transaction);
                    cleanups++;
                    if (!reachedCurr && Equals(currAttributes.GetValueOrDefault(format.Key), format.Value) && !Equals(startAttrValue, format.Value))
                    {
                        if (startAttrValue is null)
                        {
                            currAttributes.Remove(format.Key);
                        }
                        else
                        {
                            currAttributes[format.Key] = startAttrValue;
                        }
                    }
                }

                if (!reachedCurr && !s.Deleted)
                {
                    ItemTextListPosition.UpdateCurrentAttributes(currAttributes, format);
                }
            }

            s = s.Right;
        }

        return cleanups;
    }

    private static void CleanupContextlessFormattingGap(Transaction transaction, Item? item)
    {
        while (item?.Right is { } right && (right.Deleted || !right.Countable))
        {
            item = right;
        }

        var attrs = new HashSet<string>();
        while (item is not null && (item.Deleted || !item.Countable))
        {
            if (!item.Deleted && item.Content is ContentFormat format)
            {
                if (!attrs.Add(format.Key))
                {
                    item.Delete(transaction);
                }
            }

            item = item.Left;
        }
    }

    private static int CleanupYTextFormatting(AbstractType type)
    {
        var res = 0;
        type.RequireDoc().Transact(
            transaction =>
            {
                var start = type.Start;
                var end = type.Start;
                var startAttributes = new OrderedDictionary<string, object?>();
                var currentAttributes = new OrderedDictionary<string, object?>(startAttributes);
                while (end is not null)
                {
                    if (!end.Deleted)
                    {
                        if (end.Content is ContentFormat format)
                        {
                            ItemTextListPosition.UpdateCurrentAttributes(currentAttributes, format);
                        }
                        else
                        {
                            res += CleanupFormattingGap(transaction, start!, end, startAttributes, currentAttributes);
                            startAttributes = new OrderedDictionary<string, object?>(currentAttributes);
                            start = end;
                        }
                    }

                    end = end.Right;
                }
            },
            null,
            local: true);
        return res;
    }
}
