using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using Charter.Web.Accounts;
using Charter.Web.Collaboration.Hub;
using Charter.Web.Hosting;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Charter.Web.Tests.TestSupport;

/// <summary>
/// The built Charter.Web.dll running as its own process on 127.0.0.1 and a given SQLite file, so
/// a test can kill it the hard way (SIGKILL) and start it again on the same data.
/// </summary>
internal sealed class ChildProcessCharterServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TempDatabase _database;

    private ChildProcessCharterServer(Process process, Uri baseAddress, TempDatabase database)
    {
        _database = database;
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

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

    public static async Task<ChildProcessCharterServer> StartAsync(TempDatabase database)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreeTcpPort()}");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { BuiltAppPath(), "--urls", baseAddress.ToString() },
            WorkingDirectory = Path.GetDirectoryName(database.FilePath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment["ConnectionStrings__Charter"] = database.ConnectionString;
        startInfo.Environment["Charter__DraftsPath"] = CharterPaths.Locate().Resolve("drafts");
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start dotnet.");
        var server = new ChildProcessCharterServer(process, baseAddress, database);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
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

    /// <summary>A started hub client signed in as a new member, seeded on the same database file.</summary>
    public async Task<HubConnection> ConnectAsync()
    {
        var cookie = await TestSignIn.CookieAsync(BaseAddress, await TestSignIn.SeedPersonAsync(_database, CharterRole.Member));
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(BaseAddress, CharterHub.Path), options => options.Headers["Cookie"] = cookie)
            .AddMessagePackProtocol()
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>SIGKILL: no shutdown hooks, no compaction, no flush.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static string BuiltAppPath()
    {
        var configuration = typeof(ChildProcessCharterServer).Assembly
            .GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = CharterPaths.Locate().Resolve(Path.Combine("src", "Charter.Web", "bin", configuration, "net10.0", "Charter.Web.dll"));
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
                using var response = await http.GetAsync("/favicon.svg");
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

            await Task.Delay(200);
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
