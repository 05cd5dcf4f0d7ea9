using Microsoft.Playwright;

namespace Charter.E2E;

/// <summary>
/// When the read view's circuit drops, the reader sees a small banner in their language and can
/// go on reading: nothing covers the page. The circuit's socket is cut by routing it through the
/// test, and its negotiation is refused while it is down, so it cannot come back on its own.
/// </summary>
public sealed class ReconnectBannerTests(RunningCharter charter) : IClassFixture<RunningCharter>
{
    [Fact]
    public async Task CircuitDrops_SpanishReader_SeesASpanishBannerAndTheTextStaysUsable()
    {
        var context = await charter.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "es-ES" });
        var down = false;
        var sockets = new List<IWebSocketRoute>();
        await context.RouteWebSocketAsync(url => url.Contains("/_blazor", StringComparison.Ordinal), socket =>
        {
            if (down)
            {
                _ = socket.CloseAsync();
                return;
            }

            socket.ConnectToServer();
            lock (sockets)
            {
                sockets.Add(socket);
            }
        });
        await context.RouteAsync("**/_blazor/negotiate**", route => down ? route.AbortAsync() : route.ContinueAsync());
        var page = await context.NewPageAsync();
        await page.GotoAsync(charter.Server.BaseAddress.ToString());
        await ReadView.WaitUntilLiveAsync(page);
        var banner = page.Locator("#components-reconnect-modal");
        await Assertions.Expect(banner).ToBeHiddenAsync();

        down = true;
        IWebSocketRoute[] open;
        lock (sockets)
        {
            open = [.. sockets];
        }

        foreach (var socket in open)
        {
            await socket.CloseAsync();
        }

        await Assertions.Expect(banner).ToBeVisibleAsync();
        await Assertions.Expect(banner).ToContainTextAsync("Se perdió la conexión. Puedes seguir leyendo");
        // A full-page overlay would intercept the pointer; the banner leaves the text reachable.
        await page.Locator("#charter-title").ClickAsync(new() { Trial = true });
        await page.Locator("nav.toc a").First.ClickAsync(new() { Trial = true });
        await context.CloseAsync();
    }
}
