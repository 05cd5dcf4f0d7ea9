using System.Text;
using Charter.Crdt.Contents;
using Charter.Crdt.Encoding;
using Charter.Crdt.Structs;
using Charter.Crdt.Utils;

namespace Charter.Crdt.Types;

/// <summary>
/// Shared rich text. Indices and lengths are UTF-16 code units, as in JavaScript and .NET strings.
/// Formatting is stored as <see cref="ContentFormat"/> marks between characters.
/// </summary>
public class YText : AbstractType
{
    internal const int TypeRefNumber = 2;

    private readonly List<Action<YTextEvent, Transaction>> _observers = [];

    public YText()
    {
        SearchMarker = [];
    }

    /// <summary>Length in UTF-16 code units.</summary>
    public int Length => LengthInternal;

    internal bool HasFormatting { get; set; }

    public void Observe(Action<YTextEvent, Transaction> handler) => _observers.Add(handler);

    public void Unobserve(Action<YTextEvent, Transaction> handler) => _observers.Remove(handler);

    public override string ToString()
    {
        var sb = new StringBuilder(LengthInternal);
        for (var n = Start; n is not null; n = n.Right)
        {
            if (!n.Deleted && n.Countable && n.Content is ContentString s)
            {
                sb.Append(s.Span);
            }
        }

        return sb.ToString();
    }

    /// <summary>Inserts <paramref name="text"/> at <paramref name="index"/>; without attributes it takes on the formatting at that point.</summary>
    public void Insert(int index, string text, Dictionary<string, object?>? attributes = null)
    {
        if (text.Length == 0)
        {
            return;
        }

        var doc = RequireDoc();
        CheckIndex(index);
        CheckJson(attributes);
        if (doc.CurrentTransaction is { } current)
        {
            InsertCore(current, index, text, attributes);
        }
        else
        {
            doc.Transact(tr => InsertCore(tr, index, text, attributes));
        }
    }

    /// <summary>Inserts an embed (any JSON-like value, or a shared type) at <paramref name="index"/>.</summary>
    public void InsertEmbed(int index, object embed, Dictionary<string, object?>? attributes = null)
    {
        var doc = RequireDoc();
        CheckIndex(index);
        CheckJson(attributes);
        if (embed is not AbstractType)
        {
            Lib0.JsJson.Stringify(embed);
        }

        doc.Transact(tr =>
        {
            var pos = FindPosition(tr, index, useSearchMarker: attributes is null);
            AbstractContent content = embed is AbstractType type ? new ContentType(type) : new ContentEmbed(AnyValues.Normalize(embed));
            YTextFormatting.InsertText(tr, this, pos, content, attributes is null ? [] : new OrderedDictionary<string, object?>(attributes));
        });
    }

    public void Delete(int index, int length)
    {
        if (length == 0)
        {
            return;
        }

        var doc = RequireDoc();
        if (index < 0 || length < 0 || index + length > LengthInternal)
        {
            throw new ArgumentOutOfRangeException(nameof(length), $"Cannot delete {length} at {index} from a text of length {LengthInternal}.");
        }

        if (doc.CurrentTransaction is { } current)
        {
            YTextFormatting.DeleteText(current, FindPosition(current, index, useSearchMarker: true), length);
        }
        else
        {
            doc.Transact(tr => YTextFormatting.DeleteText(tr, FindPosition(tr, index, useSearchMarker: true), length));
        }
    }

    /// <summary>Sets <paramref name="attributes"/> on [index, index+length); a null value removes an attribute.</summary>
    public void Format(int index, int length, Dictionary<string, object?> attributes)
    {
        if (length == 0)
        {
            return;
        }

        var doc = RequireDoc();
        CheckIndex(index);
        CheckJson(attributes);
        doc.Transact(tr =>
        {
            var pos = FindPosition(tr, index, useSearchMarker: false);
            if (pos.Right is null)
            {
                return;
            }

            YTextFormatting.FormatText(tr, this, pos, length, new OrderedDictionary<string, object?>(attributes));
        });
    }

    public void SetAttribute(string name, object? value) => RequireDoc().Transact(tr => MapSet(tr, name, value));

    public void RemoveAttribute(string name) => RequireDoc().Transact(tr => MapDelete(tr, name));

    public object? GetAttribute(string name) => MapGet(name);

    public Dictionary<string, object?> GetAttributes() => MapGetAll();

    /// <summary>The content as a Quill delta: inserts with their attributes.</summary>
    public List<DeltaOp> ToDelta() => ToDelta(null);

    /// <summary>
    /// The content as it was at <paramref name="snapshot"/> (null: as it is now). With
    /// <paramref name="prevSnapshot"/>, content in either snapshot is included and runs that differ
    /// carry a <c>ychange</c> attribute: <c>{ type: "added" }</c> when only in <paramref name="snapshot"/>,
    /// <c>{ type: "removed" }</c> when only in <paramref name="prevSnapshot"/>; <paramref name="computeYChange"/>
    /// (called with the type and the item's id) may supply a richer value, and consecutive items of one
    /// user then share one run when it carries a <c>user</c> entry equal to the client id, as in yjs.
    /// Reading deleted content needs a document that keeps it, so gc must be off.
    /// </summary>
    public List<DeltaOp> ToDelta(Snapshot? snapshot, Snapshot? prevSnapshot = null, Func<string, Id, Dictionary<string, object?>>? computeYChange = null)
    {
        if (snapshot is null && prevSnapshot is null)
        {
            return ComputeDelta(null, null, null);
        }

        var doc = RequireDoc();
        if (doc.Gc)
        {
            throw new InvalidOperationException("Reading text as of a snapshot needs the deleted content, so garbage collection must be disabled in the document.");
        }

        // Items are split at the snapshot boundaries for the read; the transaction merges them back.
        return doc.Transact(
            transaction =>
            {
                snapshot?.SplitAffectedStructs(transaction);
                prevSnapshot?.SplitAffectedStructs(transaction);
                return ComputeDelta(snapshot, prevSnapshot, computeYChange);
            },
            "cleanup");
    }

    /// <summary>The plain text as it was at <paramref name="snapshot"/>.</summary>
    public string ToString(Snapshot snapshot) =>
        string.Concat(ToDelta(snapshot).Select(op => op.Insert as string));

    private static bool IsVisible(Item item, Snapshot? snapshot) => snapshot is null ? !item.Deleted : snapshot.IsVisible(item);

    private static bool IsRunOf(object? ychange, string type, long client) =>
        ychange is Dictionary<string, object?> change
        && change.GetValueOrDefault("type") as string == type
        && change.GetValueOrDefault("user") switch
        {
            long user => user == client,
            int user => user == client,
            double user => user == client,
            _ => false,
        };

    private List<DeltaOp> ComputeDelta(Snapshot? snapshot, Snapshot? prevSnapshot, Func<string, Id, Dictionary<string, object?>>? computeYChange)
    {
        var ops = new List<DeltaOp>();
        var currentAttributes = new OrderedDictionary<string, object?>();
        var str = new StringBuilder();

        Dictionary<string, object?>? Attributes() => currentAttributes.Count > 0 ? new Dictionary<string, object?>(currentAttributes) : null;

        void PackStr()
        {
            if (str.Length > 0)
            {
                ops.Add(new DeltaOp { Insert = str.ToString(), Attributes = Attributes() });
                str.Clear();
            }
        }

        void MarkRun(string type, Item item)
        {
            if (!IsRunOf(currentAttributes.GetValueOrDefault("ychange"), type, item.Id.Client))
            {
                PackStr();
                currentAttributes["ychange"] = computeYChange is null ? new Dictionary<string, object?> { ["type"] = type } : computeYChange(type, item.Id);
            }
        }

        for (var n = Start; n is not null; n = n.Right)
        {
            if (!IsVisible(n, snapshot) && (prevSnapshot is null || !IsVisible(n, prevSnapshot)))
            {
                continue;
            }

            switch (n.Content)
            {
                case ContentString s:
                    if (snapshot is not null && !IsVisible(n, snapshot))
                    {
                        MarkRun("removed", n);
                    }
                    else if (prevSnapshot is not null && !IsVisible(n, prevSnapshot))
                    {
                        MarkRun("added", n);
                    }
                    else if (currentAttributes.ContainsKey("ychange"))
                    {
                        PackStr();
                        currentAttributes.Remove("ychange");
                    }

                    str.Append(s.Span);
                    break;
                case ContentType or ContentEmbed:
                    PackStr();
                    ops.Add(new DeltaOp { Insert = n.Content.GetContent()[0], Attributes = Attributes() });
                    break;
                case ContentFormat f when IsVisible(n, snapshot):
                    PackStr();
                    ItemTextListPosition.UpdateCurrentAttributes(currentAttributes, f);
                    break;
            }
        }

        PackStr();
        return ops;
    }

    /// <summary>Applies a Quill delta (retain / insert / delete with attributes) from the start of the text.</summary>
    public void ApplyDelta(IReadOnlyList<DeltaOp> delta)
    {
        RequireDoc().Transact(tr =>
        {
            var pos = new ItemTextListPosition(null, Start, 0, []);
            foreach (var op in delta)
            {
                if (op.Insert is not null)
                {
                    var attributes = op.Attributes is null ? new OrderedDictionary<string, object?>() : new OrderedDictionary<string, object?>(op.Attributes);
                    if (op.Insert is string s)
                    {
                        if (s.Length > 0)
                        {
                            YTextFormatting.InsertText(tr, this, pos, new ContentString(s), attributes);
                        }
                    }
                    else
                    {
                        AbstractContent content = op.Insert is AbstractType type ? new ContentType(type) : new ContentEmbed(op.Insert);
                        YTextFormatting.InsertText(tr, this, pos, content, attributes);
                    }
                }
                else if (op.Retain is { } retain)
                {
                    YTextFormatting.FormatText(tr, this, pos, retain, op.Attributes is null ? [] : new OrderedDictionary<string, object?>(op.Attributes));
                }
                else if (op.Delete is { } delete)
                {
                    YTextFormatting.DeleteText(tr, pos, delete);
                }
            }
        });
    }

    public override object? ToJson() => ToString();

    internal override AbstractType CopyEmpty() => new YText();

    internal override void Write(IUpdateEncoder encoder) => encoder.WriteTypeRef(TypeRefNumber);

    internal override void CallObserver(Transaction transaction, HashSet<string?> parentSubs)
    {
        base.CallObserver(transaction, parentSubs);
        if (_observers.Count > 0 || HasDeepObserversUpTheChain)
        {
            var e = new YTextEvent(this, transaction, parentSubs);
            RegisterForDeepObservers(this, transaction, e);
            foreach (var handler in _observers.ToArray())
            {
                handler(e, transaction);
            }
        }

        // A remote change may leave duplicate formatting marks behind; they are cleaned up afterwards.
        if (!transaction.Local && HasFormatting)
        {
            transaction.NeedFormattingCleanup = true;
        }
    }

    private void InsertCore(Transaction transaction, int index, string text, Dictionary<string, object?>? attributes)
    {
        var pos = FindPosition(transaction, index, useSearchMarker: attributes is null);
        var effective = attributes is null ? new OrderedDictionary<string, object?>(pos.CurrentAttributes) : new OrderedDictionary<string, object?>(attributes);
        YTextFormatting.InsertText(transaction, this, pos, new ContentString(text), effective);
    }

    /// <summary>Each attribute value and each embed travels as JSON in V1 updates, so values without a JSON form are refused up front.</summary>
    private static void CheckJson(object? value)
    {
        if (value is Dictionary<string, object?> attributes)
        {
            foreach (var attribute in attributes.Values)
            {
                Lib0.JsJson.Stringify(attribute);
            }
        }
        else if (value is not null)
        {
            Lib0.JsJson.Stringify(value);
        }
    }

    private void CheckIndex(int index)
    {
        if (index < 0 || index > LengthInternal)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"Index {index} is outside 0..{LengthInternal}.");
        }
    }

    private ItemTextListPosition FindPosition(Transaction transaction, int index, bool useSearchMarker)
    {
        var currentAttributes = new OrderedDictionary<string, object?>();
        var marker = useSearchMarker ? SearchMarkers.FindMarker(this, index) : null;
        if (marker is not null)
        {
            var pos = new ItemTextListPosition(marker.P.Left, marker.P, marker.Index, currentAttributes);
            return YTextFormatting.FindNextPosition(transaction, pos, index - marker.Index);
        }

        return YTextFormatting.FindNextPosition(transaction, new ItemTextListPosition(null, Start, 0, currentAttributes), index);
    }
}
