using System.Diagnostics;
using System.Text.Json;
using Charter.Crdt.Lib0;
using Charter.Crdt.Tests.TestSupport;

namespace Charter.Crdt.Tests.Interop;

/// <summary>
/// One long-lived node process running js/interop/yjs-peer-driver.mjs: a pool of real yjs 13.6.33 docs
/// that answers one JSON command per line. Shared by all interop sessions of a test class.
/// </summary>
public sealed class YjsPeerProcess : IDisposable
{
    private readonly Process _process;

    public YjsPeerProcess()
    {
        var driver = Path.Combine(TestProject.Directory, "js", "interop", "yjs-peer-driver.mjs");
        var start = new ProcessStartInfo("node", [driver])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        _process.StandardInput.AutoFlush = true;
    }

    /// <summary>Sends a command (serialised as JavaScript would, so values reach yjs unchanged) and returns the reply.</summary>
    public JsonElement Send(Dictionary<string, object?> command)
    {
        _process.StandardInput.WriteLine(JsJson.Stringify(command));
        var line = _process.StandardOutput.ReadLine()
            ?? throw new InvalidOperationException("The yjs driver exited: " + _process.StandardError.ReadToEnd());
        using var reply = JsonDocument.Parse(line);
        if (reply.RootElement.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException("yjs driver: " + error.GetString());
        }

        return reply.RootElement.Clone();
    }

    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(5000))
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
