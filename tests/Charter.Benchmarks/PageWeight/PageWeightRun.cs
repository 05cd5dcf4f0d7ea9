using System.Diagnostics;
using System.Globalization;
using Charter.Benchmarks.Load;
using Charter.Testing;
using Microsoft.Playwright;

namespace Charter.Benchmarks.PageWeight;

/// <summary>
/// The page-weight benchmark: the Release app on loopback with a fresh database (as <c>load</c>
/// starts it), one signed-in member, and Debian's Chromium on a phone-sized screen. Each page is
/// opened in a fresh browser profile (cold: nothing cached, nothing stored) and again straight
/// after in the same profile (warm: a repeat visit).
/// </summary>
public static class PageWeightRun
{
    private const string ChromiumPath = "/usr/bin/chromium";

    public static async IAsyncEnumerable<PageWeightResult> RunAsync(PageWeightOptions options)
    {
        await using var server = await ServerProcess.StartAsync();
        var cookie = (await LoadPeople.SignUpMembersAsync(server, 1))[0].Split('=', 2);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchChromiumAsync(playwright);
        var commit = CurrentCommit();
        foreach (var page in options.Pages)
        {
            var loadAverage = LoadAverage();
            await using var profile = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = 412, Height = 915 },
                IsMobile = true,
                HasTouch = true,
            });
            await profile.AddCookiesAsync([new Cookie { Name = cookie[0], Value = cookie[1], Url = server.BaseAddress.ToString() }]);
            var address = new Uri(server.BaseAddress, page);
            var hasEditor = page.EndsWith("/edit", StringComparison.Ordinal);
            var cold = await PageVisit.MeasureAsync(profile, address, options, hasEditor);
            var warm = await PageVisit.MeasureAsync(profile, address, options, hasEditor);
            yield return new PageWeightResult(
                page, cold, warm, options.DownKbps, options.RttMs, options.CpuSlowdown, loadAverage, commit,
                DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        }
    }

    private static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) =>
        File.Exists(ChromiumPath)
            ? playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            })
            : throw new FileNotFoundException($"pageweight drives Debian's Chromium: install it (apt-get install chromium) so that {ChromiumPath} exists.", ChromiumPath);

    /// <summary>The 1, 5 and 15 minute load averages: the machine may be shared, and figures drift with it.</summary>
    private static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private static string CurrentCommit()
    {
        var git = Process.Start(new ProcessStartInfo("git", "rev-parse --short HEAD")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
        })!;
        var commit = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        return commit;
    }
}
