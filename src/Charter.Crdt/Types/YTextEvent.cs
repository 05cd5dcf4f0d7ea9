using System.Text;
using Charter.Crdt.Contents;
using Charter.Crdt.Utils;

namespace Charter.Crdt.Types;

/// <summary>A change to a <see cref="YText"/>: its delta carries inserted text, deletions and formatting changes.</summary>
public sealed class YTextEvent : YEvent
{
    private List<DeltaOp>? _delta;

    internal YTextEvent(YText target, Transaction transaction, HashSet<string?> subs)
        : base(target, transaction)
    {
        foreach (var sub in subs)
        {
            if (sub is null)
            {
                ChildListChanged = true;
            }
            else
            {
                KeysChanged.Add(sub);
            }
        }
    }

    public bool ChildListChanged { get; }

    public HashSet<string> KeysChanged { get; } = [];

    public override IReadOnlyList<DeltaOp> Delta => _delta ??= ComputeDelta();

    private List<DeltaOp> ComputeDelta()
    {
        var delta = new List<DeltaOp>();
        var doc = Target.RequireDoc();
        doc.Transact(
            transaction =>
            {
                var builder = new Builder(delta);
                for (var item = Target.Start; item is not null; item = item.Right)
                {
                    switch (item.Content)
                    {
                        case ContentType or ContentEmbed:
                            if (Adds(item))
                            {
                                if (!Deletes(item))
                                {
                                    builder.AddOp();
                                    builder.Action = DeltaAction.Insert;
                                    builder.InsertObject = item.Content.GetContent()[0];
                                    builder.AddOp();
                                }
                            }
                            else if (Deletes(item))
                            {
                                builder.Switch(DeltaAction.Delete);
                                builder.DeleteLen += 1;
                            }
                            else if (!item.Deleted)
                            {
                                builder.Switch(DeltaAction.Retain);
                                builder.Retain += 1;
                            }

                            break;
                        case ContentString s:
                            if (Adds(item))
                            {
                                if (!Deletes(item))
                                {
                                    builder.Switch(DeltaAction.Insert);
                                    builder.Insert.Append(s.Span);
                                }
                            }
                            else if (Deletes(item))
                            {
                                builder.Switch(DeltaAction.Delete);
                                builder.DeleteLen += (int)item.Length;
                            }
                            else if (!item.Deleted)
                            {
                                builder.Switch(DeltaAction.Retain);
                                builder.Retain += (int)item.Length;
                            }

                            break;
                        case ContentFormat format:
                            builder.VisitFormat(this, transaction, item, format);
                            break;
                    }
                }

                builder.AddOp();
                while (delta.Count > 0 && delta[^1] is { Retain: not null, Attributes: null })
                {
                    delta.RemoveAt(delta.Count - 1);
                }
            },
            null,
            local: true);
        return delta;
    }

    private enum DeltaAction
    {
        None,
        Insert,
        Retain,
        Delete,
    }

    /// <summary>Accumulates consecutive changes of one kind into delta operations.</summary>
    private sealed class Builder(List<DeltaOp> delta)
    {
        private readonly OrderedDictionary<string, object?> _currentAttributes = [];
        private readonly OrderedDictionary<string, object?> _oldAttributes = [];
        private readonly OrderedDictionary<string, object?> _attributes = [];

        public DeltaAction Action { get; set; }

        public StringBuilder Insert { get; } = new();

        public object? InsertObject { get; set; }

        public int Retain { get; set; }

        public int DeleteLen { get; set; }

        public void Switch(DeltaAction action)
        {
            if (Action != action)
            {
                AddOp();
                Action = action;
            }
        }

        public void AddOp()
        {
            DeltaOp? op = null;
            switch (Action)
            {
                case DeltaAction.Delete:
                    if (DeleteLen > 0)
                    {
                        op = DeltaOp.DeleteOp(DeleteLen);
                    }

                    DeleteLen = 0;
                    break;
                case DeltaAction.Insert:
                    if (InsertObject is not null || Insert.Length > 0)
                    {
                        Dictionary<string, object?>? attrs = null;
                        foreach (var (key, value) in _currentAttributes)
                        {
                            if (value is not null)
                            {
                                (attrs ??= [])[key] = value;
                            }
                        }

                        op = new DeltaOp { Insert = InsertObject ?? Insert.ToString(), Attributes = attrs ?? (_currentAttributes.Count > 0 ? [] : null) };
                    }

                    Insert.Clear();
                    InsertObject = null;
                    break;
                case DeltaAction.Retain:
                    if (Retain > 0)
                    {
                        op = DeltaOp.RetainOp(Retain, _attributes.Count > 0 ? new Dictionary<string, object?>(_attributes) : null);
                    }

                    Retain = 0;
                    break;
            }

            if (op is not null)
            {
                delta.Add(op);
            }

            Action = DeltaAction.None;
        }

        public void VisitFormat(YEvent e, Transaction transaction, Structs.Item item, ContentFormat format)
        {
            var key = format.Key;
            var value = format.Value;
            if (e.Adds(item))
            {
                if (!e.Deletes(item))
                {
                    var curVal = _currentAttributes.GetValueOrDefault(key);
                    if (!AnyValues.EqualAttrs(curVal, value))
                    {
                        if (Action == DeltaAction.Retain)
                        {
                            AddOp();
                        }

                        if (AnyValues.EqualAttrs(value, _oldAttributes.GetValueOrDefault(key)))
                        {
                            _attributes.Remove(key);
                        }
                        else
                        {
                            _attributes[key] = value;
                        }
                    }
                    else if (value is not null)
                    {
                        item.Delete(transaction);
                    }
                }
            }
            else if (e.Deletes(item))
            {
                _oldAttributes[key] = value;
                var curVal = _currentAttributes.GetValueOrDefault(key);
                if (!AnyValues.EqualAttrs(curVal, value))
                {
                    if (Action == DeltaAction.Retain)
                    {
                        AddOp();
                    }

                    _attributes[key] = curVal;
                }
            }
            else if (!item.Deleted)
            {
                _oldAttributes[key] = value;
                if (_attributes.TryGetValue(key, out var attr))
                {
                    if (!AnyValues.EqualAttrs(attr, value))
                    {
                        if (Action == DeltaAction.Retain)
                        {
                            AddOp();
                        }

                        if (value is null)
                        {
                            _attributes.Remove(key);
                        }
                        else
                        {
                            _attributes[key] = value;
                        }
                    }
                    else if (attr is not null)
                    {
                        item.Delete(transaction);
                    }
                }
            }

            if (!item.Deleted)
            {
                if (Action == DeltaAction.Insert)
                {
                    AddOp();
                }

                ItemTextListPosition.UpdateCurrentAttributes(_currentAttributes, format);
            }
        }
    }
}
