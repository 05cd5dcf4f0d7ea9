namespace Charter.Crdt.Tests.TestSupport;

/// <summary>Finds this test project's source folder (where js/ and Fixtures/ live) from the test binaries.</summary>
internal static class TestProject
{
    public static string Directory { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Charter.Crdt.Tests.csproj")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the Charter.Crdt.Tests project directory above " + AppContext.BaseDirectory);
    }
}
