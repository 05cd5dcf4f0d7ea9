using Charter.Crdt;
using Charter.Crdt.Types;
using Charter.Domain.Documents;

namespace Charter.Web.History;

/// <summary>
/// Makes a copy of the live Doc read as an earlier one did, as ordinary edits, so the difference
/// can be sent through the session like any other change. Texts are changed by their differing
/// middle only (common start and end kept), so someone typing elsewhere in the same text keeps
/// their words; clauses and parts the earlier state had and the live one lost are created again
/// with their translations; the earlier state's order is put back. Translations of entries that
/// still exist are left as they are: they have their own out-of-date marks.
/// </summary>
public static class RestoreChanges
{
    /// <summary>Title, preamble, every part and clause, and the order as in <paramref name="earlier"/>.</summary>
    public static void Whole(Doc target, Doc earlier) => target.Transact(_ =>
    {
        var meta = target.GetMap(CharterDocument.MetaKey);
        var earlierMeta = earlier.GetMap(CharterDocument.MetaKey);
        SetText(meta, CharterDocument.TitleKey, TextOf(earlierMeta, CharterDocument.TitleKey));
        SetText(meta, CharterDocument.PreambleKey, TextOf(earlierMeta, CharterDocument.PreambleKey));
        RestoreEntries(target.GetMap(CharterDocument.PartsKey), earlier.GetMap(CharterDocument.PartsKey), [CharterDocument.TitleKey]);
        RestoreEntries(target.GetMap(CharterDocument.ClausesKey), earlier.GetMap(CharterDocument.ClausesKey), [CharterDocument.TitleKey, CharterDocument.BodyKey]);
        var order = target.GetArray(CharterDocument.OrderKey);
        var earlierOrder = earlier.GetArray(CharterDocument.OrderKey).ToArray();
        if (!order.ToArray().SequenceEqual(earlierOrder))
        {
            order.Delete(0, order.Length);
            order.Push([.. earlierOrder]);
        }
    });

    /// <summary>One clause's title and body as in <paramref name="earlier"/>; a clause since removed comes back where it stood.</summary>
    /// <exception cref="ArgumentException"><paramref name="earlier"/> has no such clause.</exception>
    public static void Clause(Doc target, Doc earlier, string clauseId) => target.Transact(_ =>
    {
        var earlierClause = earlier.GetMap(CharterDocument.ClausesKey).Get(clauseId) as YMap
            ?? throw new ArgumentException($"The earlier state has no clause '{clauseId}'.", nameof(clauseId));
        var clauses = target.GetMap(CharterDocument.ClausesKey);
        if (clauses.Get(clauseId) is YMap clause)
        {
            SetText(clause, CharterDocument.TitleKey, TextOf(earlierClause, CharterDocument.TitleKey));
            SetText(clause, CharterDocument.BodyKey, TextOf(earlierClause, CharterDocument.BodyKey));
        }
        else
        {
            CopyEntry(clauses, clauseId, earlierClause, [CharterDocument.TitleKey, CharterDocument.BodyKey]);
        }

        var order = target.GetArray(CharterDocument.OrderKey);
        if (!order.ToArray().Contains(clauseId))
        {
            order.Insert(PlaceFor(order, earlier.GetArray(CharterDocument.OrderKey).ToArray(), clauseId), clauseId);
        }
    });

    /// <summary>Right after the nearest id before it in the earlier order that is still there; first if none is.</summary>
    private static int PlaceFor(YArray order, List<object?> earlierOrder, string id)
    {
        var live = order.ToArray();
        for (var i = earlierOrder.IndexOf(id) - 1; i >= 0; i--)
        {
            var at = live.IndexOf(earlierOrder[i]);
            if (at >= 0)
            {
                return at + 1;
            }
        }

        return 0;
    }

    private static void RestoreEntries(YMap live, YMap earlier, IReadOnlyList<string> textKeys)
    {
        foreach (var id in live.Keys.Where(id => !earlier.ContainsKey(id)).ToList())
        {
            live.Delete(id);
        }

        foreach (var id in earlier.Keys)
        {
            if (earlier.Get(id) is not YMap earlierEntry)
            {
                continue;
            }

            if (live.Get(id) is YMap entry)
            {
                foreach (var key in textKeys)
                {
                    SetText(entry, key, TextOf(earlierEntry, key));
                }
            }
            else
            {
                CopyEntry(live, id, earlierEntry, textKeys);
            }
        }
    }

    /// <summary>Creates an entry again: its texts and every translation (texts and source hash).</summary>
    private static void CopyEntry(YMap entries, string id, YMap earlierEntry, IReadOnlyList<string> textKeys)
    {
        entries.Set(id, new YMap());
        var entry = (YMap)entries.Get(id)!;
        foreach (var key in textKeys)
        {
            SetText(entry, key, TextOf(earlierEntry, key));
        }

        entry.Set(CharterDocument.TranslationsKey, new YMap());
        var translations = (YMap)entry.Get(CharterDocument.TranslationsKey)!;
        if (earlierEntry.Get(CharterDocument.TranslationsKey) is not YMap earlierTranslations)
        {
            return;
        }

        foreach (var language in earlierTranslations.Keys)
        {
            if (earlierTranslations.Get(language) is not YMap earlierTranslation)
            {
                continue;
            }

            translations.Set(language, new YMap());
            var translation = (YMap)translations.Get(language)!;
            foreach (var key in textKeys)
            {
                SetText(translation, key, TextOf(earlierTranslation, key));
            }

            if (earlierTranslation.Get(CharterDocument.SourceHashKey) is string hash)
            {
                translation.Set(CharterDocument.SourceHashKey, hash);
            }
        }
    }

    /// <summary>Replaces only the differing middle of the text, or creates the text if missing.</summary>
    private static void SetText(YMap map, string key, string wanted)
    {
        if (map.Get(key) is not YText text)
        {
            map.Set(key, new YText());
            text = (YText)map.Get(key)!;
        }

        var current = text.ToString();
        var prefix = 0;
        while (prefix < current.Length && prefix < wanted.Length && current[prefix] == wanted[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < current.Length - prefix && suffix < wanted.Length - prefix
            && current[current.Length - 1 - suffix] == wanted[wanted.Length - 1 - suffix])
        {
            suffix++;
        }

        if (current.Length - prefix - suffix > 0)
        {
            text.Delete(prefix, current.Length - prefix - suffix);
        }

        if (wanted.Length - prefix - suffix > 0)
        {
            text.Insert(prefix, wanted[prefix..(wanted.Length - suffix)]);
        }
    }

    internal static string TextOf(YMap map, string key) => map.Get(key) is YText text ? text.ToString() : "";
}
