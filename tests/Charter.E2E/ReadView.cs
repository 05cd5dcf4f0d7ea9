using Microsoft.Playwright;

namespace Charter.E2E;

/// <summary>The read view in a browser.</summary>
public static class ReadView
{
    /// <summary>
    /// Waits until the read view's circuit has rendered over the prerendered page: markup touched
    /// before then (a highlighted clause, a copy status) is replaced by the circuit's first render.
    /// </summary>
    public static async Task WaitUntilLiveAsync(IPage page) =>
        await Assertions.Expect(page.Locator(".read-view")).ToHaveAttributeAsync("data-live", "true", new() { Timeout = 60_000 });
}
