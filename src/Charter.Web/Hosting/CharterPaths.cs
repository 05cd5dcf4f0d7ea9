namespace Charter.Web.Hosting;

/// <summary>
/// Where Charter's files live. The app runs from a checkout of the repository: the root is the
/// folder holding <c>Charter.sln</c>, found by walking up from the working directory and then
/// from the app's binaries (so <c>dotnet run --project src/Charter.Web</c>, <c>dotnet test</c>
/// and <c>dotnet path/to/Charter.Web.dll</c> all agree). Outside a checkout (a published copy)
/// the app's own folder is the root, so its data lives next to it. Relative paths in configuration (the SQLite file, the
/// drafts folder) are resolved against this root, never against the process's whims.
/// </summary>
public sealed class CharterPaths
{
    private const string SolutionFileName = "Charter.sln";

    public CharterPaths(string root)
    {
        Root = Path.GetFullPath(root);
    }

    /// <summary>The repository (or deployment) root.</summary>
    public string Root { get; }

    /// <summary>The top-level <c>wwwroot/</c> served as static files.</summary>
    public string WebRoot => Path.Combine(Root, "wwwroot");

    /// <summary>Finds the root as described on the class.</summary>
    public static CharterPaths Locate()
    {
        var root = FindSolutionDirectory(Directory.GetCurrentDirectory())
            ?? FindSolutionDirectory(AppContext.BaseDirectory)
            ?? AppContext.BaseDirectory;
        return new CharterPaths(root);
    }

    /// <summary>Makes <paramref name="path"/> absolute, taking a relative one from <see cref="Root"/>.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, Root);

    private static string? FindSolutionDirectory(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
