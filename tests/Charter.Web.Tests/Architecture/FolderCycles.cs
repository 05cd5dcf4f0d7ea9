namespace Charter.Web.Tests.Architecture;

/// <summary>
/// Cycles in a directed graph of folder names: the shortest cycle through each folder that is on
/// one, each cycle once, so a failure names paths to break rather than a tangle.
/// </summary>
internal static class FolderCycles
{
    public static IReadOnlyList<IReadOnlyList<string>> Find(IEnumerable<(string From, string To)> edges)
    {
        var next = edges.GroupBy(edge => edge.From)
            .ToDictionary(group => group.Key, group => group.Select(edge => edge.To).Order(StringComparer.Ordinal).ToList());
        var cycles = new List<IReadOnlyList<string>>();
        var seen = new HashSet<string>();
        foreach (var start in next.Keys.Order(StringComparer.Ordinal))
        {
            if (ShortestCycle(next, start) is { } cycle && seen.Add(Canonical(cycle)))
            {
                cycles.Add(cycle);
            }
        }

        return cycles;
    }

    /// <summary>The same cycle read from any of its folders gives the same key.</summary>
    private static string Canonical(IReadOnlyList<string> cycle)
    {
        var first = cycle.Index().MinBy(entry => entry.Item, StringComparer.Ordinal).Index;
        return string.Join(" -> ", cycle.Skip(first).Concat(cycle.Take(first)));
    }

    /// <summary>Breadth-first from <paramref name="start"/> back to itself.</summary>
    private static IReadOnlyList<string>? ShortestCycle(Dictionary<string, List<string>> next, string start)
    {
        var cameFrom = new Dictionary<string, string>();
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var at))
        {
            foreach (var to in next.GetValueOrDefault(at, []))
            {
                if (to == start)
                {
                    var path = new List<string> { at };
                    while (path[^1] != start)
                    {
                        path.Add(cameFrom[path[^1]]);
                    }

                    path.Reverse();
                    return path;
                }

                if (cameFrom.TryAdd(to, at))
                {
                    queue.Enqueue(to);
                }
            }
        }

        return null;
    }
}
