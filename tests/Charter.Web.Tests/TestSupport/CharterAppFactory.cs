using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Charter.Web.Tests.TestSupport;

/// <summary>
/// The real app, in process, on a given SQLite file. Each instance is one start of the app, so a
/// second factory on the same database is a restart. What the app logs is kept in <see cref="Logs"/>.
/// </summary>
internal sealed class CharterAppFactory(
    TempDatabase database,
    string? draftsPath = null,
    IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Charter", database.ConnectionString);
        if (draftsPath is not null)
        {
            builder.UseSetting("Charter:DraftsPath", draftsPath);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    /// <summary>Starts the app (running migrations and the first-start import) if not started yet.</summary>
    public void Start() => _ = Services;

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ClientOptions.BaseAddress, AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>True once <see cref="HubClients.StartOnKestrel"/> put the app on real Kestrel.</summary>
    public bool OnKestrel { get; set; }

    /// <summary>
    /// A client whose cookies the test can read, that shows redirects instead of following them.
    /// On Kestrel it is a plain HTTP client (the factory's would follow redirects before the jar sees them).
    /// </summary>
    public HttpClient CreateClientWithJar(CookieJarHandler jar)
    {
        if (!OnKestrel)
        {
            return CreateDefaultClient(ClientOptions.BaseAddress, jar);
        }

        jar.InnerHandler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        return new HttpClient(jar) { BaseAddress = ClientOptions.BaseAddress };
    }

    /// <summary>Runs <paramref name="action"/> with a fresh service scope of the running app.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
