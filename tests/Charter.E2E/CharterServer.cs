using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using Charter.Web.Hosting;

namespace Charter.E2E;

/// <summary>
/// The built Charter.Web app running as its own process, as a person would run it: on 127.0.0.1,
/// a free port, and a fresh SQLite file in a temporary folder. Disposing kills it and removes
/// the folder.
/// </summary>
public sealed class CharterServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly string _dataDirectory;
    private readonly StringBuilder _output = new();
    private Process _process;

    private CharterServer(string dataDirectory, Uri baseAddress)
    {
        _dataDirectory = dataDirectory;
        BaseAddress = baseAddress;
        _process = Launch();
    }

    public Uri BaseAddress { get; }

    /// <summary>What the server wrote to stdout and stderr so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<CharterServer> StartAsync()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("charter-e2e-").FullName;
        var server = new CharterServer(dataDirectory, new Uri($"http://127.0.0.1:{FreeTcpPort()}"));
        try
        {
            await server.WaitUntilServingAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>
    /// Kills the process without warning (as a crash or a power cut would) and starts a new one on
    /// the same address and the same SQLite file.
    /// </summary>
    public async Task RestartAsync()
    {
        await KillAsync();
        _process.Dispose();
        _process = Launch();
        await WaitUntilServingAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    private Process Launch()
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { BuiltAppPath(), "--urls", BaseAddress.ToString() },
            WorkingDirectory = _dataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment["ConnectionStrings__Charter"] = $"Data Source={Path.Combine(_dataDirectory, "charter.db")};Pooling=False";
        startInfo.Environment["Charter__DraftsPath"] = RepositoryPaths.Resolve("drafts");
        // The read-view, language and translation tests watch the live draft as visitors; who may
        // read what by default is proven in Charter.Web.Tests (VisitorAccessTests).
        startInfo.Environment["Charter__Access__Visitors"] = "LiveDraft";
        // Development serves the framework's static assets (blazor.web.js) straight from the
        // build output, as `dotnet run` does; a published app would not need it.
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start dotnet.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static CharterPaths RepositoryPaths => CharterPaths.Locate();

    /// <summary>The Charter.Web.dll built next to this test assembly's configuration.</summary>
    private static string BuiltAppPath()
    {
        var configuration = typeof(CharterServer).Assembly
            .GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = RepositoryPaths.Resolve(Path.Combine("src", "Charter.Web", "bin", configuration, "net10.0", "Charter.Web.dll"));
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Build Charter.Web ({configuration}) first; '{path}' is missing.", path);
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Charter.Web exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync("/");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but still starting.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Charter.Web did not answer on {BaseAddress} within {StartTimeout}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
