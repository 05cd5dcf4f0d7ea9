using System.Text.RegularExpressions;
using Charter.Testing;

namespace Charter.Benchmarks.Load;

/// <summary>
/// Charter.Web (the Release build, as this benchmark is) as a child process on 127.0.0.1, on a
/// fresh SQLite file imported from drafts/, logging warnings only. Disposing kills it and removes
/// its data. See <see cref="ForwardedEnvironment"/> for trying settings on it.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly CharterAppProcess _app;

    private ServerProcess(CharterAppProcess app) => _app = app;

    public Uri BaseAddress => _app.BaseAddress;

    public int ProcessId => _app.ProcessId;

    public TimeSpan CpuTime => _app.CpuTime;

    /// <summary>Peak resident set size (VmHWM) in MB.</summary>
    public double PeakRssMb => _app.PeakRssMb;

    public static async Task<ServerProcess> StartAsync()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("charter-load-").FullName;
        return new ServerProcess(await CharterAppProcess.StartAsync(new CharterAppSettings
        {
            DataDirectory = dataDirectory,
            ConnectionString = $"Data Source={Path.Combine(dataDirectory, "charter.db")}",
            Environment = new Dictionary<string, string>(ForwardedEnvironment()) { ["Logging__LogLevel__Default"] = "Warning" },
            DeleteDataDirectoryOnDispose = true,
        }));
    }

    /// <summary>
    /// Variables named <c>CHARTER_SERVER_</c>+<i>NAME</i> in the benchmark's environment, passed to
    /// the app as <i>NAME</i> alone: a way to try a runtime setting on the server without the
    /// generator (for example <c>CHARTER_SERVER_DOTNET_GCHeapCount=1</c>).
    /// </summary>
    private static IEnumerable<KeyValuePair<string, string>> ForwardedEnvironment()
    {
        const string prefix = "CHARTER_SERVER_";
        foreach (System.Collections.DictionaryEntry variable in System.Environment.GetEnvironmentVariables())
        {
            if (variable.Key is string name && name.StartsWith(prefix, StringComparison.Ordinal) && variable.Value is string value)
            {
                yield return KeyValuePair.Create(name[prefix.Length..], value);
            }
        }
    }

    /// <summary>The one-time setup link a fresh server prints (its database starts empty).</summary>
    public Task<string> WaitForSetupLinkAsync() => _app.WaitForOutputAsync(SetupLinkPattern(), TimeSpan.FromSeconds(60));

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [GeneratedRegex(@"https?://\S+?/account/setup/[A-Za-z0-9_-]+")]
    private static partial Regex SetupLinkPattern();
}
