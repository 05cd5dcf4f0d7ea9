using Charter.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Tests.TestSupport;

/// <summary>A real SQLite file in its own temporary folder, removed on dispose.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string _directory =
        Directory.CreateTempSubdirectory("charter-web-tests-").FullName;

    public string FilePath => Path.Combine(_directory, "charter.db");

    /// <summary>Pooling is off so no connection keeps the file open after a test.</summary>
    public string ConnectionString => $"Data Source={FilePath};Pooling=False";

    /// <summary>A context of its own on the file, to check what the app stored.</summary>
    public CharterDbContext OpenContext() =>
        new(new DbContextOptionsBuilder<CharterDbContext>().UseSqlite(ConnectionString).Options);

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
