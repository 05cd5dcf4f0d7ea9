using System.IO.Compression;
using System.Text.Json;
using Microsoft.Playwright;

namespace Charter.Benchmarks.PageWeight;

/// <summary>
/// Opens one page in a new tab of the given browser profile under the emulated link and CPU (set
/// through the DevTools protocol, as Chromium's own throttling does it), and measures it.
/// </summary>
public static class PageVisit
{
    /// <summary>The first clause's text editor on the edit page (built only once it can take keys).</summary>
    private const string FirstClauseText = "article.edit-clause .clause-body-editor .cm-content";
    private const string Typed = "⁂";

    public static async Task<VisitFigures> MeasureAsync(IBrowserContext profile, Uri address, PageWeightOptions options, bool hasEditor)
    {
        var page = await profile.NewPageAsync();
        var devTools = await profile.NewCDPSessionAsync(page);
        await devTools.SendAsync("Network.enable");
        await devTools.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false,
            ["latency"] = options.RttMs,
            ["downloadThroughput"] = options.DownKbps * 1000 / 8,
            ["uploadThroughput"] = options.UpKbps * 1000 / 8,
        });
        await devTools.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = options.CpuSlowdown });

        var traffic = new Traffic();
        devTools.Event("Network.requestWillBeSent").OnEvent += (_, _) => traffic.Request();
        devTools.Event("Network.responseReceived").OnEvent += (_, e) => traffic.Response(e);
        devTools.Event("Network.loadingFinished").OnEvent += (_, e) => traffic.Finished(e);
        devTools.Event("Network.webSocketFrameReceived").OnEvent += (_, e) => traffic.SocketFrame(e);
        var scripts = new List<Task<long>>();
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType == "script" || new Uri(response.Url).AbsolutePath.EndsWith(".js", StringComparison.Ordinal))
            {
                lock (scripts)
                {
                    scripts.Add(GzippedSizeAsync(response));
                }
            }
        };

        await page.GotoAsync(address.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Commit, Timeout = 120_000 });
        double? typingReadyMs = null;
        if (hasEditor)
        {
            await page.Locator(FirstClauseText).First.PressSequentiallyAsync(Typed, new LocatorPressSequentiallyOptions { Timeout = 120_000 });
            var shown = await page.WaitForFunctionAsync(
                "([selector, typed]) => { const text = document.querySelector(selector); return text && text.textContent.includes(typed) ? performance.now() : false; }",
                new[] { FirstClauseText, Typed },
                new PageWaitForFunctionOptions { Timeout = 120_000 });
            typingReadyMs = await shown.JsonValueAsync<double>();
        }

        await page.WaitForLoadStateAsync(LoadState.Load, new PageWaitForLoadStateOptions { Timeout = 120_000 });
        // Let the page finish what it started (the editor's first sync, stored in IndexedDB for
        // the warm visit) before counting.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new PageWaitForLoadStateOptions { Timeout = 120_000 });
        if (hasEditor)
        {
            await page.Locator("[data-role='status'][data-sync-status='saved']").WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        }

        var loadMs = await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].loadEventStart");
        Task<long>[] pending;
        lock (scripts)
        {
            pending = [.. scripts];
        }

        var scriptSizes = await Task.WhenAll(pending);

        await page.CloseAsync();
        return new VisitFigures(
            Requests: traffic.Requests,
            NetworkRequests: traffic.NetworkResponses,
            TransferredBytes: traffic.Bytes,
            SocketBytes: traffic.SocketBytes,
            JsGzipBytes: scriptSizes.Sum(),
            Scripts: scriptSizes.Length,
            TypingReadyMs: typingReadyMs is { } ms ? Math.Round(ms) : null,
            LoadMs: Math.Round(loadMs));
    }

    private static async Task<long> GzippedSizeAsync(IResponse response)
    {
        var body = await response.BodyAsync();
        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return gzipped.Length;
    }

    /// <summary>What went over the network, from the DevTools protocol's events.</summary>
    private sealed class Traffic
    {
        private int _requests;
        private int _networkResponses;
        private long _bytes;
        private long _socketBytes;

        public int Requests => Volatile.Read(ref _requests);

        public int NetworkResponses => Volatile.Read(ref _networkResponses);

        public long Bytes => Interlocked.Read(ref _bytes);

        public long SocketBytes => Interlocked.Read(ref _socketBytes);

        public void Request() => Interlocked.Increment(ref _requests);

        public void Response(JsonElement? e)
        {
            var response = e!.Value.GetProperty("response");
            var cached = response.TryGetProperty("fromDiskCache", out var disk) && disk.GetBoolean();
            if (!cached)
            {
                Interlocked.Increment(ref _networkResponses);
            }
        }

        public void Finished(JsonElement? e) => Interlocked.Add(ref _bytes, (long)e!.Value.GetProperty("encodedDataLength").GetDouble());

        /// <summary>Binary frames come base64-encoded; their size is that of the bytes they carry.</summary>
        public void SocketFrame(JsonElement? e)
        {
            var frame = e!.Value.GetProperty("response");
            var payload = frame.GetProperty("payloadData").GetString() ?? "";
            var size = frame.GetProperty("opcode").GetDouble() == 2 ? Convert.FromBase64String(payload).Length : System.Text.Encoding.UTF8.GetByteCount(payload);
            Interlocked.Add(ref _socketBytes, size);
        }
    }
}
