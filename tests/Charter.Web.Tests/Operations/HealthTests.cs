using System.Net;
using Charter.Web.Operations;
using Charter.Web.Tests.TestSupport;

namespace Charter.Web.Tests.Operations;

/// <summary>The health endpoints on the real app and SQLite file: what a load balancer or systemd watchdog sees.</summary>
public sealed class HealthTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Ready_DatabaseFolderGone_UnhealthyWhileLiveStaysHealthy_ThenHealthyAgain()
    {
        await using var app = new CharterAppFactory(_database);
        using var client = app.CreateClient();
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync(client, OperationsServiceCollectionExtensions.ReadyPath));

        var folder = Path.GetDirectoryName(_database.FilePath)!;
        var away = folder + "-unmounted";
        Directory.Move(folder, away);
        try
        {
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await GetAsync(client, OperationsServiceCollectionExtensions.ReadyPath));
            Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync(client, OperationsServiceCollectionExtensions.LivePath));
            Assert.False(Directory.Exists(folder), "the readiness check must not create a new, empty database");
        }
        finally
        {
            Directory.Move(away, folder);
        }

        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync(client, OperationsServiceCollectionExtensions.ReadyPath));
    }

    private static async Task<(HttpStatusCode, string)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _database.Dispose();
}
