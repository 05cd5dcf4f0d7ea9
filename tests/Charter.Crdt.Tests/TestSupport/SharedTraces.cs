namespace Charter.Crdt.Tests.TestSupport;

/// <summary>
/// Locates ../shared/traces relative to the repository root (the folder that holds Charter.sln).
/// A git worktree sits deeper than the main checkout, so further ancestors are tried too.
/// </summary>
public static class SharedTraces
{
    public static string PathOf(string fileName)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Charter.sln")))
        {
            dir = dir.Parent;
        }

        for (var ancestor = dir?.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            var candidate = Path.Combine(ancestor.FullName, "shared", "traces", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Could not find shared/traces/{fileName} above the folder holding Charter.sln ({AppContext.BaseDirectory}).");
    }
}
