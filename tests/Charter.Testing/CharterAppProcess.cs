using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Charter.Testing;

/// <summary>
/// The built Charter.Web.dll running as its own process on 127.0.0.1 and a free port, as a person
/// would run it, so tests can kill it the hard way and start it again on the same data, and the
/// benchmarks can measure it apart from the load they generate. The app is the build in the same
/// configuration as this assembly (Debug for tests, Release for benchmarks).
/// </summary>
public sealed class CharterAppProcess : IAsyncDisposable
{
    private readonly CharterAppSettings _settings;
    private readonly StringBuilder _output = new();
    private readonly List<(Regex Pattern, TaskCompletionSource<string> Found)> _watches = [];
    private Process _process;

    private CharterAppProcess(CharterAppSettings settings, Uri baseAddress)
    {
        _settings = settings;
        BaseAddress = baseAddress;
        _process = Launch();
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>What the app wrote to stdout and stderr so far, for failure messages.</summary>
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

    public static async Task<CharterAppProcess> StartAsync(CharterAppSettings settings)
    {
        var app = new CharterAppProcess(settings, new Uri($"http://127.0.0.1:{FreeTcpPort()}"));
        try
        {
            await app.WaitUntilServingAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    /// <summary>The first output line part matching <paramref name="pattern"/>, printed already or later.</summary>
    public Task<string> WaitForOutputAsync(Regex pattern, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_output)
        {
            if (pattern.Match(_output.ToString()) is { Success: true } match)
            {
                return Task.FromResult(match.Value);
            }

            _watches.Add((pattern, found));
        }

        return found.Task.WaitAsync(timeout);
    }

    /// <summary>SIGKILL: no shutdown hooks, no compaction, no flush, as a crash or a power cut.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>Kills the app and starts a new one on the same address and the same data.</summary>
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
        if (_settings.DeleteDataDirectoryOnDispose)
        {
            Directory.Delete(_settings.DataDirectory, recursive: true);
        }
    }

    private Process Launch()
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { BuiltAppPath(), "--urls", BaseAddress.ToString() },
            WorkingDirectory = _settings.DataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment["ConnectionStrings__Charter"] = _settings.ConnectionString;
        startInfo.Environment["Charter__DraftsPath"] = RepositoryRoot.DraftsFolder;
        foreach (var (name, value) in _settings.Environment)
        {
            startInfo.Environment[name] = value;
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start dotnet.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + _settings.StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Charter.Web exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(_settings.ReadyPath);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or listening but still starting.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Charter.Web did not answer on {BaseAddress} within {_settings.StartTimeout}:\n{Output}");
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
            _watches.RemoveAll(watch =>
                watch.Pattern.Match(line) is { Success: true } match && watch.Found.TrySetResult(match.Value));
        }
    }

    /// <summary>The Charter.Web.dll built in this assembly's configuration.</summary>
    internal static string BuiltAppPath()
    {
        var configuration = typeof(CharterAppProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = Path.Combine(RepositoryRoot.Path, "src", "Charter.Web", "bin", configuration, "net10.0", "Charter.Web.dll");
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
}
