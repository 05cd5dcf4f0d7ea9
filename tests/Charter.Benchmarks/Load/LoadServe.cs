using System.Runtime.InteropServices;
using System.Text.Json;

namespace Charter.Benchmarks.Load;

/// <summary>
/// Runs the app on loopback with <c>people</c> signed-up members for another load generator
/// (yload with yload/charter.mjs): writes the hub URL, the server's pid, the charter and one
/// cookie per person to a JSON file, prints yload's ready line, and serves until it is stopped
/// (Ctrl+C or SIGTERM), which also stops the app and removes its data.
/// </summary>
public static class LoadServe
{
    public static async Task RunAsync(int people, string peopleFile)
    {
        await using var server = await ServerProcess.StartAsync();
        var cookies = await LoadPeople.SignUpMembersAsync(server, people);
        var hubUrl = new Uri(server.BaseAddress, "/hubs/charter");
        await File.WriteAllTextAsync(peopleFile, JsonSerializer.Serialize(new { url = hubUrl, pid = server.ProcessId, charter = LoadRun.Charter, cookies }));
        Console.WriteLine(JsonSerializer.Serialize(new { ready = true, url = hubUrl, pid = server.ProcessId }));

        var stopped = new TaskCompletionSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        await stopped.Task;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stopped.TrySetResult();
        }
    }
}
