using Charter.Web.Hosting;

namespace Charter.Web.Tests.Architecture;

/// <summary>
/// The folders of Charter.Web form layers (docs/ARCHITECTURE.md, "Layout"): a folder may use the
/// folders below it, never one that uses it back, so each can be read and changed knowing only
/// what is beneath it. Components/ holds the pages and sits on top.
/// </summary>
public sealed class NamespaceCycleTests
{
    private static readonly FolderDependencies Graph =
        FolderDependencies.Read(typeof(CharterPaths).Assembly.Location, "Charter.Web");

    [Fact]
    public void Folders_UseEachOther_WithoutCycles()
    {
        var cycles = FolderCycles.Find(Graph.Edges.Keys);

        Assert.True(cycles.Count == 0, string.Join("\n", cycles.Select(Describe)));
    }

    [Fact]
    public void Components_IsUsedByNoOtherFolder()
    {
        var intoPages = Graph.Edges.Where(edge => edge.Key.To == "Components").Select(edge => edge.Value);

        Assert.Empty(intoPages);
    }

    private static string Describe(IReadOnlyList<string> cycle) =>
        string.Join(" -> ", cycle) + " -> " + cycle[0] + ": " + string.Join("; ",
            cycle.Select((from, i) => Graph.Edges[(from, cycle[(i + 1) % cycle.Count])]));
}
