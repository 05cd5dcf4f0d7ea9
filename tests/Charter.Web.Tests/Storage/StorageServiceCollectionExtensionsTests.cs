using Charter.Web.Hosting;
using Charter.Web.Storage;
using Microsoft.Data.Sqlite;

namespace Charter.Web.Tests.Storage;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("charter-paths-");

    [Fact]
    public void ResolveConnectionString_DefaultRelativeFile_PointsIntoRootAndCreatesItsFolder()
    {
        var paths = new CharterPaths(_root.FullName);

        var resolved = StorageServiceCollectionExtensions.ResolveConnectionString(
            StorageServiceCollectionExtensions.DefaultConnectionString, paths);

        var dataSource = new SqliteConnectionStringBuilder(resolved).DataSource;
        Assert.Equal(Path.Combine(_root.FullName, "data", "charter.db"), dataSource);
        Assert.True(Directory.Exists(Path.Combine(_root.FullName, "data")));
    }

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=charter;Mode=Memory;Cache=Shared")]
    public void ResolveConnectionString_InMemoryDatabase_IsLeftAlone(string connectionString)
    {
        var paths = new CharterPaths(_root.FullName);

        Assert.Equal(connectionString, StorageServiceCollectionExtensions.ResolveConnectionString(connectionString, paths));
        Assert.Empty(_root.EnumerateFileSystemInfos());
    }

    public void Dispose() => _root.Delete(recursive: true);
}
