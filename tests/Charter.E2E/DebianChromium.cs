using Microsoft.Playwright;

namespace Charter.E2E;

/// <summary>
/// Debian's Chromium, driven by Playwright. Playwright's own browser download is not used: only
/// package registries are reachable, and the system browser is what people actually run.
/// </summary>
public static class DebianChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new FileNotFoundException($"Chromium is needed for the browser tests: install it (apt-get install chromium) so that {ExecutablePath} exists.", ExecutablePath);
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        });
    }
}
