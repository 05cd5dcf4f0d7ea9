using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Charter.Benchmarks.Load;

/// <summary>
/// Charter.Web (the Release build next to this benchmark's configuration) as a child process on
/// 127.0.0.1, on a fresh SQLite file imported from drafts/. Disposing kills it and removes its data.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private TaskCompletionSource<string> _setupLink = new();
    private readonly string _dataDirectory;

    private ServerProcess(Process process, string dataDirectory, Uri baseAddress)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Peak resident set size (VmHWM) in MB.</summary>
    public double PeakRssMb
    {
        get
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            return kb / 1024.0;
        }
    }

    /// <summary>The one-time setup link a fresh server prints (its database starts empty).</summary>
    public Task<string> WaitForSetupLinkAsync() => _setupLink.Task.WaitAsync(TimeSpan.FromSeconds(60));

    public static async Task<ServerProcess> StartAsync()
    {
        var root = RepositoryRoot();
        var configuration = typeof(ServerProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var app = Path.Combine(root, "src", "Charter.Web", "bin", configuration, "net10.0", "Charter.Web.dll");
        if (!File.Exists(app))
        {
            throw new FileNotFoundException($"Build Charter.Web ({configuration}) first; '{app}' is missing.", app);
        }

        var dataDirectory = Directory.CreateTempSubdirectory("charter-load-").FullName;
        var baseAddress = new Uri($"http://127.0.0.1:{FreeTcpPort()}");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { app, "--urls", baseAddress.ToString() },
            WorkingDirectory = dataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment["ConnectionStrings__Charter"] = $"Data Source={Path.Combine(dataDirectory, "charter.db")}";
        startInfo.Environment["Charter__DraftsPath"] = Path.Combine(root, "drafts");
        startInfo.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("could not start dotnet");
        var setupLink = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null && SetupLinkPattern().Match(e.Data) is { Success: true } link)
            {
                setupLink.TrySetResult(link.Value);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"server: {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, dataDirectory, baseAddress) { _setupLink = setupLink };
        await server.WaitUntilServingAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Charter.Web exited with code {_process.ExitCode}");
            }

            try
            {
                using var response = await http.GetAsync("/favicon.svg");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Charter.Web did not answer on {BaseAddress}");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Charter.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no Charter.sln above {AppContext.BaseDirectory}");
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"https?://\S+?/account/setup/[A-Za-z0-9_-]+")]
    private static partial Regex SetupLinkPattern();
}
