using System.Runtime.CompilerServices;
using Charter.Crdt.Structs;

namespace Charter.Crdt.Types;

/// <summary>
/// yjs's search-marker cache for list types: at most <see cref="MaxSearchMarkers"/> markers per
/// type, refreshed on use and kept correct by <see cref="UpdateMarkerChanges"/> after each edit.
/// </summary>
internal static class SearchMarkers
{
    public const int MaxSearchMarkers = 80;

    /// <summary>
    /// Returns a marker at or near <paramref name="index"/> (walking from the closest existing
    /// marker), or null when the type keeps no markers or the answer is the list head.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ArraySearchMarker? FindMarker(AbstractType type, int index)
    {
        var markers = type.SearchMarker;
        if (type.Start is null || index == 0 || markers is null)
        {
            return null;
        }

        ArraySearchMarker? marker = null;
        var bestDistance = int.MaxValue;
        foreach (var m in markers)
        {
            var distance = Math.Abs(index - m.Index);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                marker = m;
            }
        }

        var p = type.Start;
        var pindex = 0;
        if (marker is not null)
        {
            p = marker.P;
            pindex = marker.Index;
            marker.Timestamp = type.NextMarkerTimestamp();
        }

        while (p.Right is not null && pindex < index)
        {
            if (!p.Deleted && p.Countable)
            {
                if (index < pindex + p.Length)
                {
                    break;
                }

                pindex += (int)p.Length;
            }

            p = p.Right;
        }

        while (p.Left is not null && pindex > index)
        {
            p = p.Left;
            if (!p.Deleted && p.Countable)
            {
                pindex -= (int)p.Length;
            }
        }

        // A marked item must not be mergeable with its left neighbour, or the merge would lose the marker.
        while (p.Left is not null && p.Left.Id.Client == p.Id.Client && p.Left.Id.Clock + p.Left.Length == p.Id.Clock)
        {
            p = p.Left;
            if (!p.Deleted && p.Countable)
            {
                pindex -= (int)p.Length;
            }
        }

        if (marker is not null && Math.Abs(marker.Index - pindex) < (double)p.Parent!.LengthInternal / MaxSearchMarkers)
        {
            Overwrite(type, marker, p, pindex);
            return marker;
        }

        return MarkPosition(type, markers, p, pindex);
    }

    /// <summary>Shifts markers after an insert (len &gt; 0) or delete (len &lt; 0) at <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void UpdateMarkerChanges(List<ArraySearchMarker> markers, int index, int len)
    {
        for (var i = markers.Count - 1; i >= 0; i--)
        {
            var m = markers[i];
            if (len > 0)
            {
                Item? p = m.P;
                p.Marker = false;

                // Move to the previous countable, undeleted item so the index comparison below is meaningful.
                while (p is not null && (p.Deleted || !p.Countable))
                {
                    p = p.Left;
                    if (p is not null && !p.Deleted && p.Countable)
                    {
                        m.Index -= (int)p.Length;
                    }
                }

                if (p is null || p.Marker)
                {
                    markers.RemoveAt(i);
                    continue;
                }

                m.P = p;
                p.Marker = true;
            }

            if (index < m.Index || (len > 0 && index == m.Index))
            {
                m.Index = Math.Max(index, m.Index + len);
            }
        }
    }

    private static void Overwrite(AbstractType type, ArraySearchMarker marker, Item p, int index)
    {
        marker.P.Marker = false;
        marker.P = p;
        p.Marker = true;
        marker.Index = index;
        marker.Timestamp = type.NextMarkerTimestamp();
    }

    private static ArraySearchMarker MarkPosition(AbstractType type, List<ArraySearchMarker> markers, Item p, int index)
    {
        if (markers.Count >= MaxSearchMarkers)
        {
            var oldest = markers[0];
            foreach (var m in markers)
            {
                if (m.Timestamp < oldest.Timestamp)
                {
                    oldest = m;
                }
            }

            Overwrite(type, oldest, p, index);
            return oldest;
        }

        var marker = new ArraySearchMarker(p, index, type.NextMarkerTimestamp());
        markers.Add(marker);
        return marker;
    }
}
