namespace Charter.Testing;

/// <summary>The checkout the tests run from: the nearest folder above the test binaries with Charter.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The charters the app imports on first start.</summary>
    public static string DraftsFolder => System.IO.Path.Combine(Path, "drafts");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Charter.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no Charter.sln above {AppContext.BaseDirectory}");
    }
}
