namespace Charter.Crdt.Encoding.UpdateOps;

/// <summary>
/// <c>Array.prototype.sort</c> as V8 runs it on short arrays (TimSort's run detection followed by binary
/// insertion sort). yjs's merge sorts its readers with a comparator that is not consistent when a GC
/// and an Item start at the same clock, so the outcome depends on the exact algorithm; for fewer than
/// 64 elements (V8's minimum run covers the whole array) this reproduces it step for step. Longer
/// arrays fall back to a stable sort, which agrees whenever the comparator is consistent.
/// </summary>
internal static class JsArraySort
{
    private const int WholeArrayRun = 64;

    public static void Sort<T>(List<T> items, Comparison<T> compare)
    {
        var count = items.Count;
        if (count < 2)
        {
            return;
        }

        if (count >= WholeArrayRun)
        {
            var sorted = items.Select((item, index) => (item, index))
                .OrderBy(pair => pair, Comparer<(T Item, int Index)>.Create((a, b) =>
                {
                    var order = compare(a.Item, b.Item);
                    return order != 0 ? order : a.Index.CompareTo(b.Index);
                }))
                .Select(pair => pair.item)
                .ToList();
            items.Clear();
            items.AddRange(sorted);
            return;
        }

        var runLength = CountAndMakeRun(items, count, compare);
        BinaryInsertionSort(items, runLength, count, compare);
    }

    private static int CountAndMakeRun<T>(List<T> items, int high, Comparison<T> compare)
    {
        var low = 1;
        if (low == high)
        {
            return 1;
        }

        var runLength = 2;
        var isDescending = compare(items[low], items[low - 1]) < 0;
        var previous = items[low];
        for (var index = low + 1; index < high; index++)
        {
            var current = items[index];
            var order = compare(current, previous);
            if (isDescending ? order >= 0 : order < 0)
            {
                break;
            }

            previous = current;
            runLength++;
        }

        if (isDescending)
        {
            items.Reverse(0, runLength);
        }

        return runLength;
    }

    private static void BinaryInsertionSort<T>(List<T> items, int start, int high, Comparison<T> compare)
    {
        for (; start < high; start++)
        {
            var left = 0;
            var right = start;
            var pivot = items[start];
            while (left < right)
            {
                var middle = left + ((right - left) >> 1);
                if (compare(pivot, items[middle]) < 0)
                {
                    right = middle;
                }
                else
                {
                    left = middle + 1;
                }
            }

            for (var p = start; p > left; p--)
            {
                items[p] = items[p - 1];
            }

            items[left] = pivot;
        }
    }
}
