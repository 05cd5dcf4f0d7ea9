using Charter.Web.Tests.Architecture.Fixtures.Upper;

namespace Charter.Web.Tests.Architecture;

public sealed class FolderDependenciesTests
{
    [Fact]
    public void Read_CallInsideALambda_CountsForTheTypeItIsWrittenIn()
    {
        var graph = FolderDependencies.Read(typeof(Caller).Assembly.Location, "Charter.Web.Tests.Architecture.Fixtures");

        var edge = Assert.Single(graph.Edges);
        Assert.Equal(("Upper", "Lower"), edge.Key);
        Assert.Contains("Fixtures.Upper.Caller uses", edge.Value);
    }

    [Fact]
    public void Find_TwoFoldersUsingEachOther_ReportsTheCycleOnce()
    {
        var cycles = FolderCycles.Find([("Storage", "Versions"), ("Versions", "Storage"), ("Versions", "Hosting")]);

        Assert.Equal(["Storage", "Versions"], Assert.Single(cycles));
    }

    [Fact]
    public void Find_Layers_ReportsNothing()
    {
        Assert.Empty(FolderCycles.Find([("Components", "Versions"), ("Versions", "Storage"), ("Components", "Storage")]));
    }
}
