using Charter.Web.Hosting;

namespace Charter.Web.Tests.Hosting;

public sealed class CharterPathsTests
{
    [Fact]
    public void Locate_FromInsideTheRepository_FindsTheFolderWithTheSolution()
    {
        var paths = CharterPaths.Locate();

        Assert.True(File.Exists(Path.Combine(paths.Root, "Charter.sln")));
        Assert.Equal(Path.Combine(paths.Root, "wwwroot"), paths.WebRoot);
    }

    [Fact]
    public void Resolve_RelativePath_IsTakenFromTheRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "charter-root");
        var paths = new CharterPaths(root);

        Assert.Equal(Path.Combine(root, "data", "charter.db"), paths.Resolve(Path.Combine("data", "charter.db")));
    }

    [Fact]
    public void Resolve_AbsolutePath_IsKept()
    {
        var paths = new CharterPaths(Path.Combine(Path.GetTempPath(), "charter-root"));
        var absolute = Path.Combine(Path.GetTempPath(), "elsewhere", "drafts");

        Assert.Equal(absolute, paths.Resolve(absolute));
    }
}
