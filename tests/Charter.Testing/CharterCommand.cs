using System.Diagnostics;

namespace Charter.Testing;

/// <summary>
/// The built Charter.Web.dll run once with a command-line verb (<c>backup</c>, <c>restore</c>), as an
/// admin runs it beside the serving app; the verb runs and the process exits without serving.
/// </summary>
public static class CharterCommand
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(CharterAppProcess.BuiltAppPath());
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start dotnet.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await error);
    }
}
