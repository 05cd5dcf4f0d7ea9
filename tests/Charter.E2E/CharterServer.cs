namespace Charter.E2E;

/// <summary>
/// The app as a person would run it, for the browser tests: its own process on 127.0.0.1, a free
/// port, and a fresh SQLite file in a temporary folder. Disposing kills it and removes the folder.
/// </summary>
public sealed class CharterServer : IAsyncDisposable
{
    private readonly CharterAppProcess _app;

    private CharterServer(CharterAppProcess app) => _app = app;

    public Uri BaseAddress => _app.BaseAddress;

    /// <summary>What the server wrote to stdout and stderr so far, for failure messages.</summary>
    public string Output => _app.Output;

    /// <param name="settings">Environment settings over the defaults below, such as <c>Charter__Access__Visitors</c>.</param>
    public static async Task<CharterServer> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("charter-e2e-").FullName;
        var environment = new Dictionary<string, string>
        {
            // Production, as the README's `dotnet …/Charter.Web.dll` runs it: nothing that only
            // Development does (detailed errors, its static-asset lookup) may hide a fault here.
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            // The read-view, language and translation tests watch the live draft as visitors; the
            // default (published versions only) has its own test, VisitorReadingTests.
            ["Charter__Access__Visitors"] = "LiveDraft",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        return new CharterServer(await CharterAppProcess.StartAsync(new CharterAppSettings
        {
            DataDirectory = dataDirectory,
            ConnectionString = $"Data Source={Path.Combine(dataDirectory, "charter.db")};Pooling=False",
            Environment = environment,
            ReadyPath = "/",
            // Only bounds a start that hangs: on two busy cores a healthy start has taken over 90 s.
            StartTimeout = TimeSpan.FromMinutes(5),
            DeleteDataDirectoryOnDispose = true,
        }));
    }

    /// <summary>
    /// Kills the process without warning (as a crash or a power cut would) and starts a new one on
    /// the same address and the same SQLite file.
    /// </summary>
    public Task RestartAsync() => _app.RestartAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
